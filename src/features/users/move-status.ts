/**
 * The one way a user's subscription status changes: through the state machine of
 * domain/subscription.ts. A move it refuses is a 409 with a code saying which move.
 */
import {
  TransitionError,
  type TSubscriptionEvent,
  type TSubscriptionStatus,
  transition,
} from '../../domain/subscription.js';
import { AppError } from '../../platform/errors.js';
import { userArchived } from './user-state.js';

/** The status after `event`, or the 409 (`user_archived`, `cannot_<event>`) that refuses it. */
export function moveStatus(from: TSubscriptionStatus, event: TSubscriptionEvent) {
  try {
    return transition(from, event);
  } catch (error) {
    if (!(error instanceof TransitionError)) throw error;
    throw from === 'Archived'
      ? userArchived(error.message)
      : new AppError(`cannot_${event}`, error.message, 409);
  }
}

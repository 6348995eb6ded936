import { z } from 'zod';

import { SUBSCRIPTION_STATUSES } from './vocabulary.js';

/** Every subscription status a user can have (see docs/glossary.md). */
export { SUBSCRIPTION_STATUSES };

/** A subscription status, validated. */
export const ZSubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);
/** A subscription status. */
export type TSubscriptionStatus = z.infer<typeof ZSubscriptionStatus>;

/** Everything that can happen to a subscription. */
export const SUBSCRIPTION_EVENTS = [
  'invite',
  'activate',
  'expire',
  'cancel',
  'archive',
  'restore',
] as const;
/** Something that happens to a subscription. */
export type TSubscriptionEvent = (typeof SUBSCRIPTION_EVENTS)[number];

/** How each status is written for a person. */
export const SUBSCRIPTION_STATUS_LABELS: Record<TSubscriptionStatus, string> = {
  Prospect: 'Prospect',
  Invited: 'Invited',
  FullUser: 'Full user',
  Expired: 'Expired',
  Cancelled: 'Cancelled',
  Archived: 'Archived',
};

interface Rule {
  from: readonly TSubscriptionStatus[];
  to: TSubscriptionStatus;
  /** Why the event is refused, for a status not in `from`. */
  refusal: (status: TSubscriptionStatus) => string;
}

const label = (status: TSubscriptionStatus) => SUBSCRIPTION_STATUS_LABELS[status];
const ALL_BUT_ARCHIVED = SUBSCRIPTION_STATUSES.filter((s) => s !== 'Archived');

// DOMAIN.md: re-inviting an Expired or Cancelled user brings them back; an Archived user must
// be restored (to Prospect) first. Every status but Archived expires (the FAQ), and expiring
// an Expired user is allowed so a nightly job may run twice.
const RULES: Record<TSubscriptionEvent, Rule> = {
  invite: {
    from: ['Prospect', 'Invited', 'Expired', 'Cancelled'],
    to: 'Invited',
    refusal: (s) =>
      s === 'Archived'
        ? 'This user is archived; restore the account before sending an invitation.'
        : `This user is already a ${label(s).toLowerCase()} and does not need an invitation.`,
  },
  activate: {
    from: ['Invited'],
    to: 'FullUser',
    refusal: (s) => `Only an invited user can activate an account; this user is ${label(s)}.`,
  },
  expire: {
    from: ALL_BUT_ARCHIVED,
    to: 'Expired',
    refusal: () => 'An archived user cannot expire.',
  },
  cancel: {
    from: ['Prospect', 'Invited', 'FullUser', 'Expired'],
    to: 'Cancelled',
    refusal: (s) =>
      s === 'Cancelled'
        ? "This user's subscription is already cancelled."
        : 'An archived user cannot be cancelled; restore the account first.',
  },
  archive: {
    from: ALL_BUT_ARCHIVED,
    to: 'Archived',
    refusal: () => 'This user is already archived.',
  },
  restore: {
    from: ['Archived'],
    to: 'Prospect',
    refusal: () => 'Only an archived user can be restored.',
  },
};

/** Raised when an event does not apply to a subscription's current status. */
export class TransitionError extends Error {
  override name = 'TransitionError';

  constructor(
    message: string,
    readonly from: TSubscriptionStatus,
    readonly event: TSubscriptionEvent,
  ) {
    super(message);
  }
}

/** True only for Full user: every other status is refused at sign-in. */
export function canSignIn(status: TSubscriptionStatus): boolean {
  return status === 'FullUser';
}

/** True when `event` may happen to a user in `status`. */
export function canTransition(status: TSubscriptionStatus, event: TSubscriptionEvent): boolean {
  return RULES[event].from.includes(status);
}

/** The events a user in `status` allows, so the UI offers only those. */
export function allowedEvents(status: TSubscriptionStatus): TSubscriptionEvent[] {
  return SUBSCRIPTION_EVENTS.filter((e) => canTransition(status, e));
}

/**
 * The status after `event`, or a TransitionError saying why the event does not apply.
 * Archiving a user in a funding batch is refused elsewhere: it needs data this rule lacks.
 */
export function transition(
  status: TSubscriptionStatus,
  event: TSubscriptionEvent,
): TSubscriptionStatus {
  const rule = RULES[event];
  if (!rule.from.includes(status)) throw new TransitionError(rule.refusal(status), status, event);
  return rule.to;
}

/**
 * The status actions an administrator takes on a user, each with its own route, audit entry
 * and clear refusal (issue 12). Cancel, expire, archive and restore are moves of the state
 * machine (domain/subscription.ts, through moveStatus); suspend and resume pause and give back
 * access without changing the status, so nothing of the learner's is lost either way.
 */
import { canTransition, type TSubscriptionStatus } from './subscription.js';

export const STATUS_ACTIONS = [
  'cancel',
  'suspend',
  'resume',
  'expire',
  'archive',
  'restore',
] as const;
export type TStatusAction = (typeof STATUS_ACTIONS)[number];

/** What each action is called in the API reference and the audit trail. */
export const STATUS_ACTION_SUMMARIES: Record<TStatusAction, string> = {
  cancel: "Cancel the user's subscription; their learning records are kept",
  suspend: 'Pause the user’s access without changing anything else',
  resume: 'Give a suspended user their access back',
  expire: "End the user's subscription now, as its end date would",
  archive: 'Archive the user: hidden from default lists; refused while in a funding batch',
  restore: 'Restore an archived user, as a Prospect to be invited again',
};

/** The actions after which the person can no longer sign in: their sessions end. */
export const ENDS_SESSIONS: ReadonlySet<TStatusAction> = new Set([
  'cancel',
  'suspend',
  'expire',
  'archive',
]);

/** The actions that apply to a user in this state now (whether the caller may is a policy). */
export function applicableStatusActions(user: {
  subscriptionStatus: TSubscriptionStatus;
  suspendedAt: Date | null;
}): TStatusAction[] {
  return STATUS_ACTIONS.filter((action) => {
    if (action === 'suspend')
      return user.subscriptionStatus !== 'Archived' && user.suspendedAt === null;
    if (action === 'resume') return user.suspendedAt !== null;
    return canTransition(user.subscriptionStatus, action);
  });
}

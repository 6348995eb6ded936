/**
 * The learner's contacts list grows with every referrer contact chosen for them (edit-user.txt:
 * a referrer contact chosen on Edit User is added to the learner's Contacts). A contact stays
 * on the list when the referrer changes later: it is a record of who has been involved.
 */
import type { Db } from '../../../db/client.js';
import { learnerContacts } from '../../../db/schema.js';
import type { RuleContext } from '../rules/context.js';
import type { LearnerWriteResult } from './write-learners.js';

/** The (learner, contact) pairs of the rows just written that chose a referrer contact. */
export function chosenContacts(
  checked: readonly (RuleContext | { error: unknown })[],
  results: ReadonlyMap<number, LearnerWriteResult>,
) {
  return checked.flatMap((ctx, i) => {
    const result = results.get(i);
    if ('error' in ctx || !result?.ok || !result.user) return [];
    const contactId = ctx.next.referrerContactId;
    return contactId === null ? [] : [{ learnerId: result.user.id, contactId }];
  });
}

/** Adds the pairs to the learners' contacts, once each. */
export async function addLearnerContacts(
  tx: Db,
  tenantId: number,
  pairs: { learnerId: number; contactId: number }[],
) {
  if (pairs.length === 0) return;
  await tx
    .insert(learnerContacts)
    .values(pairs.map((pair) => ({ tenantId, ...pair })))
    .onConflictDoNothing({ target: [learnerContacts.learnerId, learnerContacts.contactId] });
}

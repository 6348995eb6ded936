/**
 * The case owner: an administrator with access to at least one of the learner's groups, in
 * status Prospect, Invited or Full user. A new learner's defaults to the administrator creating
 * it. When the groups change and the request names no owner, a case owner who no longer
 * qualifies is removed ("-no owner-" on the form). The case owner is mandatory: a learner is
 * saved without one only while no administrator at all qualifies for their groups.
 * A person registering with an access code has no administrator to default to: the learner gets
 * the one administrator who qualifies for the code's groups when there is exactly one, and
 * otherwise none (an administrator chooses later; the learner is in the Users grid either way).
 */
import { changed, fail, type RuleContext } from './context.js';
import { caseOwnerCandidates, hasCaseOwnerCandidate } from './link-candidates.js';

export const CASE_OWNER_MESSAGE =
  "Choose a case owner among the administrators with access to one of the learner's groups.";
export const CASE_OWNER_REQUIRED_MESSAGE =
  "Choose a case owner: every learner needs one while an administrator has access to the learner's groups.";
export const CASE_OWNER_DROPPED_MESSAGE =
  'The case owner has no access to the chosen groups, so the learner would have no owner. Choose another case owner.';

const qualifies = (ctx: RuleContext, adminId: number) =>
  hasCaseOwnerCandidate(ctx.world, ctx.next.groupIds, adminId);

/** The only administrator who qualifies for the learner's groups, or null when none or several do. */
function soleCandidate(ctx: RuleContext) {
  const candidates = caseOwnerCandidates(ctx.world, ctx.next.groupIds);
  return candidates.length === 1 ? (candidates[0]?.id ?? null) : null;
}

/** Applies and checks the case owner. */
export function caseOwnerRule(ctx: RuleContext) {
  if (ctx.errors.groupIds) return;
  if (ctx.actor === null) {
    // No administrator writes: nothing is asked of the person, the owner is filled in or left.
    if (ctx.mode === 'create') ctx.next.caseOwnerId = soleCandidate(ctx);
    return;
  }
  const value = ctx.input.caseOwnerId;
  let dropped = false;
  if (value === undefined) {
    if (ctx.mode === 'create') {
      ctx.next.caseOwnerId = qualifies(ctx, ctx.actor.userId) ? ctx.actor.userId : null;
    } else if (ctx.next.caseOwnerId !== null && changed(ctx, 'groupIds')) {
      dropped = !qualifies(ctx, ctx.next.caseOwnerId);
      if (dropped) ctx.next.caseOwnerId = null;
    }
  } else {
    if (value !== null && !qualifies(ctx, value))
      return fail(ctx, 'caseOwnerId', CASE_OWNER_MESSAGE);
    ctx.next.caseOwnerId = value;
  }
  if (ctx.next.caseOwnerId === null && hasCaseOwnerCandidate(ctx.world, ctx.next.groupIds))
    fail(ctx, 'caseOwnerId', dropped ? CASE_OWNER_DROPPED_MESSAGE : CASE_OWNER_REQUIRED_MESSAGE);
}

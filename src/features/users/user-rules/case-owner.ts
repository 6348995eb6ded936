/**
 * The case owner: an administrator with access to at least one of the learner's groups, in
 * status Prospect, Invited or Full user. A new learner's defaults to the administrator creating
 * it. When the groups change and the request names no owner, a case owner who no longer
 * qualifies is removed: the learner has "no owner" (null) until one is chosen.
 */
import { caseOwnerCandidates } from './candidates.js';
import { changed, fail, type RuleContext } from './context.js';

export const CASE_OWNER_MESSAGE =
  "Choose a case owner among the administrators with access to one of the learner's groups.";

async function qualifies(ctx: RuleContext, adminId: number) {
  const found = await caseOwnerCandidates(
    ctx.tx,
    ctx.actor.tenantId,
    ctx.groups,
    ctx.next.groupIds,
    adminId,
  );
  return found.length > 0;
}

/** Applies and checks the case owner. */
export async function caseOwnerRule(ctx: RuleContext) {
  if (ctx.errors.groupIds) return;
  const value = ctx.input.caseOwnerId;
  if (value === undefined) {
    if (ctx.mode === 'create') {
      ctx.next.caseOwnerId = (await qualifies(ctx, ctx.actor.userId)) ? ctx.actor.userId : null;
    } else if (ctx.next.caseOwnerId !== null && changed(ctx, 'groupIds')) {
      if (!(await qualifies(ctx, ctx.next.caseOwnerId))) ctx.next.caseOwnerId = null;
    }
    return;
  }
  if (value !== null && !(await qualifies(ctx, value)))
    return fail(ctx, 'caseOwnerId', CASE_OWNER_MESSAGE);
  ctx.next.caseOwnerId = value;
}

/**
 * A learner's groups: at least one, one per root hierarchy. An administrator with partial
 * access changes only the groups they can access; links to the others survive the save, even
 * when that leaves the learner outside the administrator's reach (edit-user.txt allows it).
 */
import {
  checkLearnerGroups,
  mergeGroupEdit,
  NO_GROUP_MESSAGE,
} from '../../../domain/group-tree.js';
import { fail, type RuleContext } from './context.js';

/** Applies and checks the requested groups. */
export function groupsRule(ctx: RuleContext) {
  const requested = ctx.input.groupIds;
  if (requested === undefined) {
    if (ctx.mode === 'create') fail(ctx, 'groupIds', NO_GROUP_MESSAGE);
    return;
  }
  const merged = mergeGroupEdit({
    current: ctx.current.groupIds,
    requested,
    // A person registering is put in the groups of their access code, which an administrator
    // who could reach them made; there is no actor whose reach limits them here.
    accessible: ctx.actor?.accessibleGroupIds ?? new Set(requested),
  });
  if (!merged.ok) return fail(ctx, 'groupIds', merged.message);
  const problem = checkLearnerGroups(merged.groupIds, ctx.groups);
  if (problem) return fail(ctx, 'groupIds', problem);
  ctx.next.groupIds = merged.groupIds;
}

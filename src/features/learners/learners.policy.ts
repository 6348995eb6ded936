/** Who may add learners. Unit-tested in learners.policy.test.ts. */
import type { Actor } from '../../platform/actor.js';

/** Standard administrators add learners; platform support is not a member of any group. */
export const canCreateLearner = (actor: Actor) =>
  actor.type === 'admin' && actor.adminRole !== 'support' && actor.accessibleGroupIds.size > 0;

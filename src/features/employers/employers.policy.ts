/** Who may add employer users. */
import type { Actor } from '../../platform/actor.js';

/** Standard administrators with a group add employer users; platform support holds no group. */
export const canCreateEmployer = (actor: Actor) =>
  actor.type === 'admin' && actor.adminRole !== 'support' && actor.accessibleGroupIds.size > 0;

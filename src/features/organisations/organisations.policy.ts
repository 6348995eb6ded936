/** Who may add addresses and contacts to organisations. */
import type { Actor } from '../../platform/actor.js';

/** Standard administrators; organisations are shared by the whole tenant (edit-user.txt). */
export const canManageOrganisations = (actor: Actor) =>
  actor.type === 'admin' && actor.adminRole !== 'support';

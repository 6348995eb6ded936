/** Who writes a tenant's emails: its standard administrators, not platform support. */
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';

export const assertTemplateEditor = (actor: AdminActor) =>
  assert(
    actor.adminRole !== 'support',
    forbidden("Platform support does not write an organisation's emails."),
  );

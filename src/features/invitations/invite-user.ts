/**
 * An administrator sends (or re-sends) a user's activation email: the user must be one they
 * can see (else 404) and manage (else 403); the rest is sendInvitation, in one transaction.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';
import { sendInvitation } from './send-invitation.js';

export async function inviteUser(db: Db, actor: AdminActor, id: number, publicUrl: string) {
  // Inside the transaction every query uses `tx`: PGlite has one connection.
  return db.transaction(async (tx) => {
    const user = await findVisibleUser(tx, actor, id);
    const groupIds = ((await loadGroupLinks(tx, [id])).get(id) ?? []).map((g) => g.id);
    assert(canManageUser(actor, { ...user, groupIds }), forbidden('You cannot invite this user.'));
    return sendInvitation(tx, actor, user, publicUrl);
  });
}

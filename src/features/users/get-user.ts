/** One user the caller can see, or not found. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { Actor, AdminActor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { loadGroupLinks, presentUser } from './present-user.js';
import { loadSignInContext } from './sign-in-facts.js';

export async function findVisibleUser(db: Db, actor: Actor, id: number) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), visibleUsersWhere(db, actor)));
  if (!row) throw notFound('user');
  return row;
}

export async function getUser(db: Db, actor: AdminActor, id: number) {
  const row = await findVisibleUser(db, actor, id);
  const links = await loadGroupLinks(db, [row.id]);
  return presentUser(actor, row, links.get(row.id) ?? [], await loadSignInContext(db, row));
}

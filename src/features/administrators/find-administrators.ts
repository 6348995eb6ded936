/** Administrators as an actor sees them: standard administrators of the actor's tenant. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { groupLabel } from '../../domain/group-tree.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { loadGroupAccess } from '../groups/group-access.js';
import { administratorActions, canSeeAdministrator } from './administrators.policy.js';
import type { TAdministrator } from './administrators.schema.js';
import { loadGrants } from './write-administrator.js';

type UserRow = typeof users.$inferSelect;

const standardAdmins = (tenantId: number) =>
  and(
    eq(users.tenantId, tenantId),
    eq(users.type, 'admin'),
    sql`coalesce(${users.adminRole}, 'standard') <> 'support'`,
  );

function present(
  actor: Actor,
  row: UserRow,
  grants: number[],
  names: Map<number, string>,
  fullAccess: boolean,
): TAdministrator {
  const subject = { ...row, groupIds: grants };
  return {
    id: row.id,
    username: row.username,
    title: row.title,
    firstName: row.firstName,
    surname: row.surname,
    email: row.email,
    mobile: row.mobile,
    subscriptionStatus: row.subscriptionStatus,
    groupIds: grants,
    groups: grants.map((id) => {
      const name = names.get(id) ?? '';
      return { id, name, label: groupLabel({ id, name }) };
    }),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    actions: administratorActions(actor, subject, fullAccess),
  };
}

/** Every administrator the actor can see, by surname and first name. */
export async function listAdministrators(db: Db, actor: Actor) {
  const { groups, fullAccess } = await loadGroupAccess(db, actor);
  const rows = await db
    .select()
    .from(users)
    .where(standardAdmins(actor.tenantId))
    .orderBy(asc(sql`lower(${users.surname})`), asc(sql`lower(${users.firstName})`), asc(users.id));
  const grants = await loadGrants(
    db,
    rows.map((row) => row.id),
  );
  const names = new Map(groups.map((group) => [group.id, group.name]));
  const items = rows
    .map((row) => ({ row, held: grants.get(row.id) ?? [] }))
    .filter(({ row, held }) => canSeeAdministrator(actor, { ...row, groupIds: held }, fullAccess))
    .map(({ row, held }) => present(actor, row, held, names, fullAccess));
  return { items, total: items.length };
}

/** One administrator the actor can see (locked for update when `lock`), or a 404. */
export async function findAdministrator(db: Db, actor: Actor, id: number, lock = false) {
  const query = db
    .select()
    .from(users)
    .where(and(standardAdmins(actor.tenantId), eq(users.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('administrator');
  const { groups, fullAccess } = await loadGroupAccess(db, actor);
  const held = (await loadGrants(db, [id])).get(id) ?? [];
  const subject = { ...row, groupIds: held };
  if (!canSeeAdministrator(actor, subject, fullAccess)) throw notFound('administrator');
  const names = new Map(groups.map((group) => [group.id, group.name]));
  return {
    row,
    subject,
    fullAccess,
    present: (saved: UserRow, grants: number[]) => present(actor, saved, grants, names, fullAccess),
  };
}

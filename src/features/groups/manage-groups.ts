/**
 * Groups set-up: add a root hierarchy or a nested group, rename, move within its hierarchy,
 * and delete an empty group. An administrator works only inside their access: a nested group
 * goes under a group they can access, a move takes a group from and to groups they can access
 * (never across hierarchies, never under itself), and only an administrator with full access
 * (every root hierarchy) adds a root — which every administrator with full access is granted,
 * so full access stays full.
 */
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  accessCodes,
  adminGroupAccess,
  groups,
  programmeGroups,
  userGroups,
  users,
} from '../../db/schema.js';
import { expandSubtrees, groupLabel } from '../../domain/group-tree.js';
import type { AdminActor } from '../../platform/actor.js';
import {
  AppError,
  assert,
  forbidden,
  invalid,
  notFound,
  versionConflict,
} from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { createGroup } from './create-group.js';
import { hasFullAccess } from './group-access.js';
import { loadGroups } from './groups.queries.js';
import type { TCreateGroupRequest, TGroup, TUpdateGroupRequest } from './groups.schema.js';

type GroupRow = typeof groups.$inferSelect;

const present = (row: GroupRow): TGroup => ({
  id: row.id,
  name: row.name,
  label: groupLabel(row),
  parentId: row.parentId,
  rootId: row.rootId,
  version: row.version,
});

const standard = (actor: AdminActor) =>
  assert(actor.adminRole !== 'support', forbidden('Platform support does not manage groups.'));

/** The group `id` of the actor's tenant within their access, locked for the change, or 404. */
async function accessibleGroup(tx: Db, actor: AdminActor, id: number) {
  const [row] = await tx
    .select()
    .from(groups)
    .where(and(eq(groups.tenantId, actor.tenantId), eq(groups.id, id)))
    .for('update');
  if (!row || !actor.accessibleGroupIds.has(row.id)) throw notFound('group');
  return row;
}

/** A sibling already called `name` (without regard to case), other than `exceptId`. */
async function siblingNamed(
  tx: Db,
  tenantId: number,
  parentId: number | null,
  name: string,
  exceptId = 0,
) {
  const [row] = await tx
    .select({ id: groups.id })
    .from(groups)
    .where(
      and(
        eq(groups.tenantId, tenantId),
        parentId === null ? sql`${groups.parentId} is null` : eq(groups.parentId, parentId),
        sql`lower(${groups.name}) = lower(${name})`,
        ne(groups.id, exceptId),
      ),
    );
  return row;
}

const nameTaken = (name: string, root: boolean) =>
  invalid({
    name: root
      ? `A root hierarchy called '${name}' already exists.`
      : `The parent group already has a group called '${name}'.`,
  });

/** Administrators with full access now: they hold every root (all of them, when there is none). */
async function fullAccessAdmins(tx: Db, tenantId: number, rootIds: number[]) {
  if (rootIds.length === 0) {
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.tenantId, tenantId),
          eq(users.type, 'admin'),
          sql`coalesce(${users.adminRole}, 'standard') <> 'support'`,
        ),
      );
    return rows.map((row) => row.id);
  }
  const rows = await tx
    .select({ adminId: adminGroupAccess.adminId })
    .from(adminGroupAccess)
    .where(and(eq(adminGroupAccess.tenantId, tenantId), inArray(adminGroupAccess.groupId, rootIds)))
    .groupBy(adminGroupAccess.adminId)
    .having(sql`count(distinct ${adminGroupAccess.groupId}) = ${rootIds.length}`);
  return rows.map((row) => row.adminId);
}

export async function addGroup(
  db: Db,
  actor: AdminActor,
  request: TCreateGroupRequest,
  options: { ip?: string | null } = {},
) {
  standard(actor);
  const parentId = request.parentId ?? null;
  return db.transaction(async (tx) => {
    if (parentId !== null) {
      const [parent] = await tx
        .select()
        .from(groups)
        .where(and(eq(groups.tenantId, actor.tenantId), eq(groups.id, parentId)));
      if (!parent || !actor.accessibleGroupIds.has(parent.id))
        throw invalid({
          parentId: `You cannot add a group under the group with ID ${parentId}: it is not within your access.`,
        });
    } else {
      // One root at a time per tenant: two concurrent roots would each miss the other's grants.
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext('roster.group-roots'), ${actor.tenantId})`,
      );
      const all = await loadGroups(tx, actor.tenantId);
      assert(
        hasFullAccess(actor, all),
        forbidden(
          'Only an administrator with access to every root hierarchy can add a root hierarchy.',
        ),
      );
    }
    if (await siblingNamed(tx, actor.tenantId, parentId, request.name))
      throw nameTaken(request.name, parentId === null);
    let granted: number[] = [];
    if (parentId === null) {
      const roots = (await loadGroups(tx, actor.tenantId)).filter((g) => g.parentId === null);
      granted = [
        ...new Set([
          actor.userId,
          ...(await fullAccessAdmins(
            tx,
            actor.tenantId,
            roots.map((r) => r.id),
          )),
        ]),
      ];
    }
    const row = await createGroup(tx, actor.tenantId, request.name, parentId);
    if (granted.length > 0) {
      await tx
        .insert(adminGroupAccess)
        .values(granted.map((adminId) => ({ tenantId: actor.tenantId, adminId, groupId: row.id })));
      await tx.insert(userGroups).values(
        granted.map((userId) => ({
          tenantId: actor.tenantId,
          userId,
          groupId: row.id,
          rootId: row.id,
          exclusive: false,
        })),
      );
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'group_created',
      entityType: 'group',
      entityId: row.id,
      after: { name: row.name, parentId, grantedTo: granted },
      ip: options.ip,
    });
    const [saved] = await tx.select().from(groups).where(eq(groups.id, row.id));
    return present(saved ?? { ...row, version: 1 });
  });
}

export async function changeGroup(
  db: Db,
  actor: AdminActor,
  id: number,
  request: TUpdateGroupRequest,
  options: { ip?: string | null } = {},
) {
  standard(actor);
  return db.transaction(async (tx) => {
    const current = await accessibleGroup(tx, actor, id);
    const name = request.name ?? current.name;
    let parentId = current.parentId;
    if (request.parentId !== undefined && request.parentId !== current.parentId) {
      if (current.parentId === null)
        throw invalid({ parentId: 'A root hierarchy cannot be moved under another group.' });
      if (!actor.accessibleGroupIds.has(current.parentId))
        throw forbidden('You can move a group only from and to groups you can access.');
      const all = await loadGroups(tx, actor.tenantId);
      const target = all.find((group) => group.id === request.parentId);
      if (!target || !actor.accessibleGroupIds.has(target.id))
        throw invalid({
          parentId: `You cannot move the group under the group with ID ${request.parentId}: it is not within your access.`,
        });
      if (target.rootId !== current.rootId)
        throw invalid({ parentId: 'A group can move only within its own root hierarchy.' });
      if (expandSubtrees(all, [current.id]).has(target.id))
        throw invalid({
          parentId: 'A group cannot move under itself or under one of its own groups.',
        });
      parentId = target.id;
    }
    if (
      (name !== current.name || parentId !== current.parentId) &&
      (await siblingNamed(tx, actor.tenantId, parentId, name, current.id))
    )
      throw nameTaken(name, parentId === null);
    const [saved] = await tx
      .update(groups)
      .set({ name, parentId, version: sql`${groups.version} + 1` })
      .where(and(eq(groups.id, id), eq(groups.version, request.version)))
      .returning();
    if (!saved) throw versionConflict('group');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'group_updated',
      entityType: 'group',
      entityId: id,
      before: { name: current.name, parentId: current.parentId },
      after: { name, parentId },
      ip: options.ip,
    });
    return present(saved);
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Deletes an empty group, or answers 409 group_not_empty saying what it still holds. */
export async function deleteGroup(
  db: Db,
  actor: AdminActor,
  id: number,
  options: { ip?: string | null } = {},
) {
  standard(actor);
  return db.transaction(async (tx) => {
    const current = await accessibleGroup(tx, actor, id);
    // One query after another: inside a transaction PGlite has a single connection.
    const [children] = await tx
      .select({ n: count() })
      .from(groups)
      .where(and(eq(groups.tenantId, actor.tenantId), eq(groups.parentId, id)));
    const [members] = await tx
      .select({ n: count() })
      .from(userGroups)
      .innerJoin(users, eq(users.id, userGroups.userId))
      .where(and(eq(userGroups.groupId, id), ne(users.type, 'admin')));
    const [offers] = await tx
      .select({ n: count() })
      .from(programmeGroups)
      .where(eq(programmeGroups.groupId, id));
    const [codes] = await tx
      .select({ n: count() })
      .from(accessCodes)
      .where(eq(accessCodes.groupId, id));
    const reasons: Record<string, string> = {};
    if (Number(members?.n))
      reasons.users = `It has ${plural(Number(members?.n), 'user', 'users')}: move them to another group first.`;
    if (Number(children?.n))
      reasons.children = `It has ${plural(Number(children?.n), 'child group', 'child groups')}: delete or move them first.`;
    if (Number(offers?.n))
      reasons.programmes = `It offers ${plural(Number(offers?.n), 'programme', 'programmes')}.`;
    if (Number(codes?.n))
      reasons.accessCodes = `It has ${plural(Number(codes?.n), 'access code', 'access codes')}, which stay on record.`;
    if (Object.keys(reasons).length > 0)
      throw new AppError(
        'group_not_empty',
        `${groupLabel(current)} cannot be deleted. ${Object.values(reasons).join(' ')}`,
        409,
        reasons,
      );
    // Administrators' access to the empty group goes with it.
    await tx.delete(userGroups).where(eq(userGroups.groupId, id));
    await tx.delete(adminGroupAccess).where(eq(adminGroupAccess.groupId, id));
    await tx.delete(groups).where(eq(groups.id, id));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'group_deleted',
      entityType: 'group',
      entityId: id,
      before: { name: current.name, parentId: current.parentId },
      ip: options.ip,
    });
  });
}

/**
 * The one write path of administrators, beside the learner writer: the learner writer's rules
 * are about learners (one group per hierarchy, case owner, programme…), so administrators get
 * this small writer, which shares the person rules (names, email, mobile, username) and the
 * identity keys through learners/check-new-person.ts. Every create or edit of an
 * administrator — the Administrators page, a new tenant's first administrator — goes here.
 * Group access is stored as grants (admin_group_access, each covering its subtree) and as
 * memberships (user_groups) of the same groups, so other administrators see them as they see
 * any user, and the learner form lists them as case-owner candidates.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { adminGroupAccess, groups, userGroups, users } from '../../db/schema.js';
import type { TSubscriptionStatus } from '../../domain/subscription.js';
import type { Actor } from '../../platform/actor.js';
import { invalid, versionConflict } from '../../platform/errors.js';
import { checkNewPerson, checkPersonChange } from '../learners/check-new-person.js';
import { LEARNER_COLUMNS, type LearnerState } from '../learners/rules/context.js';

type UserRow = typeof users.$inferSelect;

/** The person fields of an administrator (a subset of the learner's). */
export interface AdministratorPerson {
  username?: string | null;
  title?: string | null;
  firstName?: string | null;
  surname?: string | null;
  email?: string | null;
  mobile?: string | null;
}

const PERSON_COLUMNS = ['username', 'title', 'firstName', 'surname', 'email', 'mobile'] as const;

/** The groups granted to each administrator. */
export async function loadGrants(db: Db, adminIds: number[]) {
  const grants = new Map<number, number[]>();
  if (adminIds.length === 0) return grants;
  const rows = await db
    .select({ adminId: adminGroupAccess.adminId, groupId: adminGroupAccess.groupId })
    .from(adminGroupAccess)
    .where(inArray(adminGroupAccess.adminId, adminIds));
  for (const row of rows)
    grants.set(row.adminId, [...(grants.get(row.adminId) ?? []), row.groupId]);
  return grants;
}

/**
 * Checks the groups to grant: at least one (unless `allowNone`), each in the tenant and within
 * the granting actor's own access. Answers the groups with their roots, or records a problem.
 */
async function checkGrants(
  tx: Db,
  actor: Actor,
  groupIds: number[],
  errors: Record<string, string>,
  allowNone = false,
) {
  const wanted = [...new Set(groupIds)];
  if (wanted.length === 0 && !allowNone) {
    errors.groupIds ??= 'Choose at least one group the administrator can access.';
    return [];
  }
  const denied = wanted.find((id) => !actor.accessibleGroupIds.has(id));
  if (denied !== undefined) {
    errors.groupIds ??= `You cannot give access to the group with ID ${denied}: it is not within your own access.`;
    return [];
  }
  if (wanted.length === 0) return [];
  return tx
    .select({ id: groups.id, rootId: groups.rootId })
    .from(groups)
    .where(and(eq(groups.tenantId, actor.tenantId), inArray(groups.id, wanted)));
}

/** Replaces an administrator's grants (and the matching memberships). */
export async function setGrants(
  tx: Db,
  tenantId: number,
  adminId: number,
  chosen: { id: number; rootId: number }[],
) {
  await tx.delete(adminGroupAccess).where(eq(adminGroupAccess.adminId, adminId));
  await tx.delete(userGroups).where(eq(userGroups.userId, adminId));
  if (chosen.length === 0) return;
  await tx
    .insert(adminGroupAccess)
    .values(chosen.map((group) => ({ tenantId, adminId, groupId: group.id })));
  await tx.insert(userGroups).values(
    chosen.map((group) => ({
      tenantId,
      userId: adminId,
      groupId: group.id,
      rootId: group.rootId,
      exclusive: false,
    })),
  );
}

/**
 * Inserts a standard administrator in `actor`'s tenant, as Prospect (an invitation, sent by the
 * caller in the same transaction, makes them Invited). `groupIds` must lie within the actor's
 * access; `allowNoGroups` is for a new tenant's first administrator, who holds full access to
 * a tenant without groups yet.
 */
export async function insertAdministrator(
  tx: Db,
  actor: Actor,
  request: {
    person: AdministratorPerson;
    groupIds: number[];
    invite: boolean;
    allowNoGroups?: boolean;
  },
): Promise<UserRow> {
  const status: TSubscriptionStatus = request.invite ? 'Invited' : 'Prospect';
  const ctx = await checkNewPerson(tx, actor, { status, input: request.person });
  // The username defaults to the email: a bad email is one problem, not two.
  if (request.person.username === undefined && ctx.errors.email) delete ctx.errors.username;
  const chosen = await checkGrants(tx, actor, request.groupIds, ctx.errors, request.allowNoGroups);
  if (Object.keys(ctx.errors).length > 0) throw invalid(ctx.errors);
  const values = Object.fromEntries(PERSON_COLUMNS.map((key) => [key, ctx.next[key]]));
  const [row] = await tx
    .insert(users)
    .values({
      ...values,
      firstName: ctx.next.firstName,
      surname: ctx.next.surname,
      tenantId: actor.tenantId,
      type: 'admin',
      adminRole: 'standard',
      consoleAccess: true,
      classicAccess: false,
    })
    .returning();
  if (!row) throw new Error('administrator insert returned nothing');
  await setGrants(tx, actor.tenantId, row.id, chosen);
  return row;
}

function stateOf(row: UserRow, groupIds: number[]): LearnerState {
  const state = Object.fromEntries(LEARNER_COLUMNS.map((key) => [key, row[key]]));
  return { ...(state as Omit<LearnerState, 'groupIds'>), groupIds };
}

/**
 * Changes an administrator's person fields and, when sent, their groups (replaced whole, each
 * within the actor's access), as a conditional UPDATE on the version read: 409 when stale.
 */
export async function changeAdministrator(
  tx: Db,
  actor: Actor,
  current: UserRow,
  request: { person: AdministratorPerson; groupIds?: number[]; version: number },
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const grants = (await loadGrants(tx, [current.id])).get(current.id) ?? [];
  const ctx = await checkPersonChange(tx, actor, {
    userId: current.id,
    status: current.subscriptionStatus,
    current: stateOf(current, grants),
    input: request.person,
  });
  const chosen =
    request.groupIds === undefined
      ? null
      : await checkGrants(tx, actor, request.groupIds, ctx.errors);
  if (Object.keys(ctx.errors).length > 0) throw invalid(ctx.errors);
  const change = Object.fromEntries(PERSON_COLUMNS.map((key) => [key, ctx.next[key]]));
  const updated = await tx
    .update(users)
    .set({
      ...change,
      firstName: ctx.next.firstName,
      surname: ctx.next.surname,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(users.id, current.id),
        eq(users.tenantId, actor.tenantId),
        eq(users.version, request.version),
      ),
    )
    .returning({ id: users.id });
  if (updated.length === 0) throw versionConflict('administrator');
  if (chosen) await setGrants(tx, actor.tenantId, current.id, chosen);
  const before = Object.fromEntries(PERSON_COLUMNS.map((key) => [key, current[key]]));
  return {
    before: { ...before, groupIds: grants },
    after: { ...change, groupIds: chosen?.map((group) => group.id) ?? grants },
  };
}

/**
 * The one write path of employer users, beside the learner writer (as administrators have
 * theirs): Add Employer, Edit User on an employer, and a learner made an employer all come
 * here. The person rules (names, email, mobile, username, address, interfaces) are the learner
 * write service's, reached through learners/check-new-person.ts; this file adds the employer's
 * own (create-employer.txt): title and mobile mandatory, groups several per hierarchy, the
 * employer organisation, roles, and a position shared by the tenant.
 */
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { positions, userGroups, users } from '../../db/schema.js';
import { clean } from '../../domain/text.js';
import type { Actor } from '../../platform/actor.js';
import { invalid, versionConflict } from '../../platform/errors.js';
import {
  checkNewPerson,
  checkPersonChange,
  type PersonCheck,
} from '../learners/check-new-person.js';
import { stateOf, type TLearnerInput } from '../learners/rules/context.js';
import { findOrganisation } from '../organisations/organisations.queries.js';
import type { TEmployerRole } from './employers.schema.js';

type UserRow = typeof users.$inferSelect;
const POSITION_MAX = 100;

/** What an employer user's form sends beyond the person fields. */
export interface EmployerChoices {
  groupIds?: number[];
  employerId?: number | null;
  roles?: TEmployerRole[];
  positionId?: number | null;
  positionTitle?: string | null;
}

/** The person fields of an employer user (a subset of the learner's). */
export const EMPLOYER_PERSON_KEYS = [
  'username',
  'title',
  'firstName',
  'surname',
  'gender',
  'email',
  'mobile',
  'address',
  'authenticationType',
  'samlIdentityProvider',
  'samlUniqueId',
  'consoleAccess',
  'classicAccess',
] as const;

/** The columns an edit of an employer user may change. */
const EMPLOYER_COLUMNS = [
  'username',
  'title',
  'firstName',
  'surname',
  'gender',
  'email',
  'mobile',
  'postcode',
  'line1',
  'line2',
  'town',
  'county',
  'country',
  'authenticationType',
  'samlIdentityProvider',
  'samlUniqueId',
  'consoleAccess',
  'classicAccess',
  'employerId',
] as const;

type Check = PersonCheck;

function fail(ctx: Check, field: string, message: string) {
  ctx.errors[field] ??= message;
}

/**
 * Title and mobile on the account as it would be saved; the groups (at least one, each within
 * the actor's access; on an edit, groups the actor cannot see are kept as they are); the
 * employer organisation. `ctx.next.groupIds` becomes the groups to save.
 */
async function checkEmployerFields(tx: Db, ctx: Check, choices: EmployerChoices) {
  if (ctx.next.title === null && !ctx.errors.title) fail(ctx, 'title', 'Enter the title.');
  if (ctx.next.mobile === null && !ctx.errors.mobile)
    fail(ctx, 'mobile', 'Enter the mobile number.');
  const access = ctx.actor.accessibleGroupIds;
  if (choices.groupIds !== undefined || ctx.mode === 'create') {
    const wanted = [...new Set(choices.groupIds ?? [])];
    const denied = wanted.find((id) => !access.has(id));
    if (denied !== undefined)
      fail(
        ctx,
        'groupIds',
        `You cannot add the group with ID ${denied} because you do not have access to it.`,
      );
    const hidden = ctx.current.groupIds.filter((id) => !access.has(id));
    const groupIds = [...new Set([...hidden, ...wanted])];
    if (groupIds.length === 0) fail(ctx, 'groupIds', 'Choose at least one employer group.');
    ctx.next.groupIds = groupIds;
  }
  if (choices.employerId === undefined && ctx.mode === 'update') return;
  if (choices.employerId == null)
    return fail(ctx, 'employerId', 'Choose the employer organisation.');
  const organisation = await findOrganisation(tx, ctx.actor.tenantId, choices.employerId);
  if (organisation?.type !== 'employer')
    return fail(ctx, 'employerId', 'Choose an employer organisation.');
  ctx.next.employerId = organisation.id;
  if (ctx.userId !== null && organisation.id !== ctx.current.employerId)
    await checkNoLinkedLearners(tx, ctx, ctx.userId);
}

/**
 * A manager or mentor is an employer user of the learner's employer (DOMAIN.md): moving one to
 * another organisation would leave their learners with a manager the form no longer accepts.
 */
async function checkNoLinkedLearners(tx: Db, ctx: Check, userId: number) {
  const [linked] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(
      and(
        eq(users.tenantId, ctx.actor.tenantId),
        ne(users.subscriptionStatus, 'Archived'),
        or(eq(users.managerId, userId), eq(users.mentorId, userId)),
      ),
    );
  const count = linked?.count ?? 0;
  if (count > 0)
    fail(
      ctx,
      'employerId',
      `This person is the manager or mentor of ${count} learner${count === 1 ? '' : 's'} of their organisation; choose another manager or mentor for them first.`,
    );
}

/**
 * The position: one of the tenant's by id, or by title (an existing one whatever its case, or
 * a new one for the whole tenant once everything else is valid). `undefined` keeps it as it is.
 */
async function choosePosition(
  tx: Db,
  ctx: Check,
  choices: EmployerChoices,
): Promise<number | null | undefined> {
  const title = clean(choices.positionTitle);
  if (choices.positionId != null) {
    const [row] = await tx
      .select({ id: positions.id })
      .from(positions)
      .where(and(eq(positions.tenantId, ctx.actor.tenantId), eq(positions.id, choices.positionId)));
    if (!row) fail(ctx, 'positionId', 'Choose a position from the list, or type a new one.');
    return row?.id ?? null;
  }
  if (title === null)
    return choices.positionId === undefined && choices.positionTitle === undefined
      ? undefined
      : null;
  if (title.length > POSITION_MAX) {
    fail(ctx, 'positionTitle', `A position can be at most ${POSITION_MAX} characters long.`);
    return null;
  }
  if (Object.keys(ctx.errors).length > 0) return null;
  const [existing] = await tx
    .select({ id: positions.id })
    .from(positions)
    .where(
      and(
        eq(positions.tenantId, ctx.actor.tenantId),
        sql`lower(${positions.title}) = ${title.toLowerCase()}`,
      ),
    );
  if (existing) return existing.id;
  const [created] = await tx
    .insert(positions)
    .values({ tenantId: ctx.actor.tenantId, title })
    .returning({ id: positions.id });
  return created?.id ?? null;
}

/** Replaces the employer user's memberships (several per hierarchy, none exclusive). */
async function setGroups(tx: Db, ctx: Check, userId: number) {
  const groupIds = ctx.next.groupIds;
  await tx.delete(userGroups).where(eq(userGroups.userId, userId));
  const chosen = ctx.groups.filter((group) => groupIds.includes(group.id));
  if (chosen.length === 0) return;
  await tx.insert(userGroups).values(
    chosen.map((group) => ({
      tenantId: ctx.actor.tenantId,
      userId,
      groupId: group.id,
      rootId: group.rootId,
      exclusive: false,
    })),
  );
}

/** Inserts a new employer user as Prospect or Invited (the caller sends the invitation). */
export async function insertEmployer(
  tx: Db,
  actor: Actor,
  request: { status: 'Prospect' | 'Invited'; person: TLearnerInput; choices: EmployerChoices },
): Promise<{ row: UserRow; after: Record<string, unknown> }> {
  const ctx = await checkNewPerson(tx, actor, { status: request.status, input: request.person });
  await checkEmployerFields(tx, ctx, request.choices);
  const positionId = (await choosePosition(tx, ctx, request.choices)) ?? null;
  if (Object.keys(ctx.errors).length > 0) throw invalid(ctx.errors);
  const { groupIds: _groups, ...columns } = ctx.next;
  const employerRoles = [...new Set(request.choices.roles ?? [])];
  const [row] = await tx
    .insert(users)
    .values({ ...columns, tenantId: actor.tenantId, type: 'employer', employerRoles, positionId })
    .returning();
  if (!row) throw new Error('employer insert returned nothing');
  await setGroups(tx, ctx, row.id);
  return { row, after: { ...ctx.next, employerRoles, positionId } };
}

/**
 * Changes an employer user: what `person` and `choices` send, checked with the same rules as
 * Add Employer on the account as it would be saved, as a conditional UPDATE on the version
 * read (409 when stale). Answers the changed fields before and after, for the audit log.
 */
export async function changeEmployer(
  tx: Db,
  actor: Actor,
  current: UserRow,
  groupIds: number[],
  request: { person: TLearnerInput; choices: EmployerChoices; version: number },
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const checked = await checkPersonChange(tx, actor, {
    userId: current.id,
    status: current.subscriptionStatus,
    current: stateOf(current, groupIds),
    input: request.person,
    signInAccess: true,
  });
  const ctx: Check = { ...checked, actor };
  await checkEmployerFields(tx, ctx, request.choices);
  const positionId = await choosePosition(tx, ctx, request.choices);
  if (Object.keys(ctx.errors).length > 0) throw invalid(ctx.errors);
  const change: Record<string, unknown> = Object.fromEntries(
    EMPLOYER_COLUMNS.map((key) => [key, ctx.next[key]]),
  );
  if (request.choices.roles !== undefined)
    change.employerRoles = [...new Set(request.choices.roles)];
  if (positionId !== undefined) change.positionId = positionId;
  const updated = await tx
    .update(users)
    .set({ ...change, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(users.id, current.id),
        eq(users.tenantId, actor.tenantId),
        eq(users.version, request.version),
      ),
    )
    .returning({ id: users.id });
  if (updated.length === 0) throw versionConflict('user');
  const groupsChanged =
    JSON.stringify([...ctx.next.groupIds].sort()) !== JSON.stringify([...groupIds].sort());
  if (groupsChanged) await setGroups(tx, ctx, current.id);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(change)) {
    const was = current[key as keyof UserRow];
    if (JSON.stringify(was) !== JSON.stringify(value)) {
      before[key] = was;
      after[key] = value;
    }
  }
  if (groupsChanged) {
    before.groupIds = groupIds;
    after.groupIds = ctx.next.groupIds;
  }
  return { before, after };
}

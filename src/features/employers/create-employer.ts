/**
 * Add Employer (create-employer.txt): an administrator creates an employer user in one or more
 * groups they can access (several of one hierarchy allowed), linked to an employer
 * organisation, with title, names, email and mobile required, an optional address, roles and a
 * position (chosen, or typed and created for the tenant), and at least one interface. Invited
 * (activation email in the same transaction) or Prospect.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { positions, userGroups, users } from '../../db/schema.js';
import { clean } from '../../domain/text.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, invalid } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { recordAudit } from '../audit/record-audit.js';
import { sendInvitation } from '../invitations/send-invitation.js';
import { checkNewPerson, type PersonCheck } from '../learners/check-new-person.js';
import { findOrganisation } from '../organisations/organisations.queries.js';
import { loadGroupLinks, presentUser } from '../users/present-user.js';
import { canCreateEmployer } from './employers.policy.js';
import type { TCreateEmployerRequest, TEmployerUser } from './employers.schema.js';

const POSITION_MAX = 100;

function fail(ctx: PersonCheck, field: string, message: string) {
  ctx.errors[field] ??= message;
}

async function checkEmployerFields(tx: Db, ctx: PersonCheck, request: TCreateEmployerRequest) {
  if (ctx.next.title === null && !ctx.errors.title) fail(ctx, 'title', 'Enter the title.');
  if (ctx.next.mobile === null && !ctx.errors.mobile)
    fail(ctx, 'mobile', 'Enter the mobile number.');
  const groupIds = [...new Set(request.groupIds ?? [])];
  if (groupIds.length === 0) fail(ctx, 'groupIds', 'Choose at least one employer group.');
  const denied = groupIds.find((id) => !ctx.actor.accessibleGroupIds.has(id));
  if (denied !== undefined)
    fail(
      ctx,
      'groupIds',
      `You cannot add the group with ID ${denied} because you do not have access to it.`,
    );
  ctx.next.groupIds = groupIds;
  if (request.employerId == null) fail(ctx, 'employerId', 'Choose the employer organisation.');
  else {
    const organisation = await findOrganisation(tx, ctx.actor.tenantId, request.employerId);
    if (organisation?.type !== 'employer')
      fail(ctx, 'employerId', 'Choose an employer organisation.');
    else ctx.next.employerId = organisation.id;
  }
}

async function choosePosition(tx: Db, ctx: PersonCheck, request: TCreateEmployerRequest) {
  const title = clean(request.positionTitle);
  if (request.positionId != null) {
    const [row] = await tx
      .select({ id: positions.id })
      .from(positions)
      .where(and(eq(positions.tenantId, ctx.actor.tenantId), eq(positions.id, request.positionId)));
    if (!row) fail(ctx, 'positionId', 'Choose a position from the list, or type a new one.');
    return row?.id ?? null;
  }
  if (title === null) return null;
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

/** Creates an employer user (and invites them when asked); answers the user as saved. */
export async function createEmployer(
  db: Db,
  actor: AdminActor,
  request: TCreateEmployerRequest,
  options: { publicUrl: string; ip?: string | null },
): Promise<TEmployerUser> {
  assert(
    canCreateEmployer(actor),
    forbidden('Only administrators with access to a group can add employers.'),
  );
  const {
    invite,
    employerId: _employer,
    roles,
    positionId: _position,
    positionTitle: _title,
    ...input
  } = request;
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const ctx = await checkNewPerson(tx, actor, {
        status: invite ? 'Invited' : 'Prospect',
        input,
      });
      await checkEmployerFields(tx, ctx, request);
      const positionId = await choosePosition(tx, ctx, request);
      if (Object.keys(ctx.errors).length > 0) throw invalid(ctx.errors);

      const { groupIds, ...columns } = ctx.next;
      const employerRoles = [...new Set(roles ?? [])];
      const [row] = await tx
        .insert(users)
        .values({
          ...columns,
          tenantId: actor.tenantId,
          type: 'employer',
          employerRoles,
          positionId,
        })
        .returning();
      if (!row) throw new Error('employer insert returned nothing');
      await tx.insert(userGroups).values(
        ctx.groups
          .filter((group) => groupIds.includes(group.id))
          .map((group) => ({
            tenantId: actor.tenantId,
            userId: row.id,
            groupId: group.id,
            rootId: group.rootId,
            exclusive: false,
          })),
      );
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'employer_created',
        entityType: 'user',
        entityId: row.id,
        after: { ...ctx.next, employerRoles, positionId, invite },
        ip: options.ip,
      });
      let saved = row;
      if (invite) {
        await sendInvitation(tx, actor, row, options.publicUrl);
        const [invited] = await tx.select().from(users).where(eq(users.id, row.id));
        saved = invited ?? row;
      }
      const links = (await loadGroupLinks(tx, [row.id])).get(row.id) ?? [];
      return {
        ...presentUser(actor, saved, links),
        employerRoles: saved.employerRoles,
        positionId: saved.positionId,
      };
    }),
  );
}

/**
 * Acting on a change request: approving applies the values asked for to the learner through
 * the learner write service, the funding lock lifted for that one write (every other rule still
 * holds: a taken email is refused, naming the field), and records who and when; rejecting
 * records the reason. A second pair of eyes: the administrator who raised a request cannot
 * decide it. Once decided, a request is closed. Both are audited on the learner.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { changeRequests } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, invalid, notFound } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { recordAudit } from '../audit/record-audit.js';
import { stateOf, type TLearnerInput } from '../learners/rules/context.js';
import { writeLearners } from '../learners/writer/write-learners.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { userArchived } from '../users/user-state.js';
import { canManageUser } from '../users/users.policy.js';
import type { TChangeRequest } from './funding.schema.js';
import { LOCKED_FIELDS } from './funding-lock.js';
import { changeRequestById } from './list-change-requests.js';

/** The learner and the open request, locked for the decision; refusals said plainly. */
async function openRequest(tx: Db, actor: AdminActor, learnerId: number, requestId: number) {
  const learner = await findVisibleUser(tx, actor, learnerId);
  const groupIds = ((await loadGroupLinks(tx, [learnerId])).get(learnerId) ?? []).map((g) => g.id);
  assert(
    canManageUser(actor, { ...learner, groupIds }),
    forbidden('You cannot decide change requests for this user.'),
  );
  const [request] = await tx
    .select()
    .from(changeRequests)
    .where(
      and(
        eq(changeRequests.id, requestId),
        eq(changeRequests.learnerId, learner.id),
        eq(changeRequests.tenantId, actor.tenantId),
      ),
    )
    .for('update');
  if (!request) throw notFound('change request');
  assert(
    request.status === 'open',
    new AppError(
      'change_request_closed',
      `This change request was already ${request.status === 'done' ? 'approved' : 'rejected'}.`,
      409,
    ),
  );
  assert(
    request.requestedBy !== actor.userId,
    new AppError(
      'own_change_request',
      'You raised this change request: another administrator must approve or reject it.',
      403,
    ),
  );
  return { learner, groupIds, request };
}

/** The request's values as the writer's input: `address.town` → `{ address: { town } }`. */
function asLearnerInput(requested: Record<string, unknown>): TLearnerInput {
  const input: TLearnerInput = {};
  const address: Record<string, string | null> = {};
  for (const locked of LOCKED_FIELDS) {
    if (!(locked.field in requested)) continue;
    const raw = requested[locked.field];
    const value = typeof raw === 'string' ? raw : null;
    if (locked.field.startsWith('address.')) address[locked.column] = value;
    else Object.assign(input, { [locked.column]: value });
  }
  if (Object.keys(address).length > 0) input.address = address;
  return input;
}

/** Approves an open change request: its values are applied to the learner. */
export async function approveChangeRequest(
  db: Db,
  actor: AdminActor,
  learnerId: number,
  requestId: number,
  options: { ip?: string | null } = {},
): Promise<TChangeRequest> {
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const { learner, groupIds, request } = await openRequest(tx, actor, learnerId, requestId);
      assert(
        learner.subscriptionStatus !== 'Archived',
        userArchived('This user is archived. Restore the account before applying the change.'),
      );
      const [result] = await writeLearners(
        tx,
        actor,
        [
          {
            mode: 'update',
            userId: learner.id,
            version: learner.version,
            status: learner.subscriptionStatus,
            current: stateOf(learner, groupIds),
            input: asLearnerInput(request.requested),
            fundingLockLifted: true,
            audit: {
              action: 'change_request_approved',
              after: { changeRequestId: request.id },
            },
          },
        ],
        { ip: options.ip },
      );
      if (!result?.ok) {
        const fields = Object.fromEntries(
          Object.entries(result?.fields ?? {}).map(([f, why]) => [`requested.${f}`, why]),
        );
        throw invalid(fields, 'The change cannot be applied as asked. Reject it, saying why.');
      }
      if (result.user === null)
        // Nothing differed: the writer wrote no entry, so the approval is audited here.
        await recordAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: 'change_request_approved',
          entityType: 'user',
          entityId: learner.id,
          after: { changeRequestId: request.id },
          ip: options.ip,
        });
      await tx
        .update(changeRequests)
        .set({ status: 'done', decidedBy: actor.userId, decidedAt: new Date() })
        .where(eq(changeRequests.id, request.id));
      return changeRequestById(tx, request.id);
    }),
  );
}

/** Rejects an open change request, with the reason the requester will read. */
export async function rejectChangeRequest(
  db: Db,
  actor: AdminActor,
  learnerId: number,
  requestId: number,
  reason: string,
  options: { ip?: string | null } = {},
): Promise<TChangeRequest> {
  return db.transaction(async (tx) => {
    const { learner, request } = await openRequest(tx, actor, learnerId, requestId);
    const text = reason.trim();
    if (text === '') throw invalid({ reason: 'Say why the change is rejected.' });
    await tx
      .update(changeRequests)
      .set({
        status: 'rejected',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        rejectionReason: text,
      })
      .where(eq(changeRequests.id, request.id));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'change_request_rejected',
      entityType: 'user',
      entityId: learner.id,
      after: { changeRequestId: request.id, reason: text },
      ip: options.ip,
    });
    return changeRequestById(tx, request.id);
  });
}

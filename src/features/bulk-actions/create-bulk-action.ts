/**
 * An administrator asks for one action on many users: the users (chosen, or every visible user
 * a filter matches) are written down with the action and its job in one transaction, and the
 * answer comes at once; the worker does the rest, a result a user (run-bulk-action.ts).
 */
import type { Db } from '../../db/client.js';
import { bulkActionItems, bulkActions } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs/job-queue.js';
import { recordAudit } from '../audit/record-audit.js';
import { listVisibleUserIds } from '../users/list-users.js';
import { BULK_ACTION_MAX_USERS, type TCreateBulkAction } from './bulk-actions.schema.js';
import { runBulkActionJob } from './run-bulk-action.job.js';

const ITEM_CHUNK = 5000;

/** Both groups of a reassignment must be groups the administrator can access (their tenant's). */
function checkReassignGroups(actor: AdminActor, request: TCreateBulkAction) {
  const fields: Record<string, string> = {};
  for (const field of ['fromGroupId', 'toGroupId'] as const) {
    const id = request[field];
    if (id !== undefined && !actor.accessibleGroupIds.has(id))
      fields[field] = 'Choose a group you can access.';
  }
  if (Object.keys(fields).length > 0)
    throw new AppError('validation_failed', 'Choose groups you can access.', 422, fields);
}

export async function createBulkAction(
  db: Db,
  actor: AdminActor,
  request: TCreateBulkAction,
  context: { publicUrl: string; ip: string | null },
) {
  const userIds = request.userIds
    ? [...new Set(request.userIds)]
    : await listVisibleUserIds(db, actor, request.filter ?? {}, BULK_ACTION_MAX_USERS + 1);
  if (userIds.length === 0)
    throw new AppError('validation_failed', 'No users match: choose at least one.', 422, {
      userIds: 'Choose at least one user.',
    });
  if (userIds.length > BULK_ACTION_MAX_USERS)
    throw new AppError(
      'validation_failed',
      `One bulk action takes at most ${BULK_ACTION_MAX_USERS.toLocaleString('en-GB')} users; narrow the filter.`,
      422,
      { filter: 'Too many users match this filter.' },
    );
  if (request.action === 'reassign-group') checkReassignGroups(actor, request);
  const params: Record<string, unknown> = {};
  if (request.caseOwnerId !== undefined) params.caseOwnerId = request.caseOwnerId;
  if (request.subscriptionEndsOn !== undefined)
    params.subscriptionEndsOn = request.subscriptionEndsOn;
  if (request.action === 'reassign-group') {
    params.fromGroupId = request.fromGroupId;
    params.toGroupId = request.toGroupId;
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bulkActions)
      .values({
        tenantId: actor.tenantId,
        createdBy: actor.userId,
        action: request.action,
        params,
        total: userIds.length,
      })
      .returning({ id: bulkActions.id });
    if (!row) throw new Error('The bulk action was not written.');
    for (let at = 0; at < userIds.length; at += ITEM_CHUNK)
      await tx.insert(bulkActionItems).values(
        userIds.slice(at, at + ITEM_CHUNK).map((userId) => ({
          tenantId: actor.tenantId,
          bulkActionId: row.id,
          userId,
        })),
      );
    await enqueueJob(tx, runBulkActionJob, {
      bulkActionId: row.id,
      tenantId: actor.tenantId,
      publicUrl: context.publicUrl,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'bulk_action_started',
      entityType: 'bulk_action',
      entityId: row.id,
      after: { action: request.action, users: userIds.length, ...params },
      ip: context.ip,
    });
    return { id: row.id };
  });
}

/**
 * Does a bulk action, from where it stopped: users without a result, in chunks. A user's
 * result is written in the same transaction as the change to them, so a crash never acts on
 * anyone twice and never loses a result. Changing the case owner or the end date goes through
 * the learner write service a chunk at a time (one batch context), and so does moving learners
 * from one group to another (reassign-group, under the one-group-per-hierarchy rule); inviting, unlocking and
 * archiving go through their own use cases, one user at a time, each refusal kept as that
 * user's result. The administrator is loaded afresh: what they may do is what they may do now.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bulkActionItems, bulkActions, users } from '../../db/schema.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { loadJobActor } from '../auth/load-job-actor.js';
import { inviteUser } from '../invitations/invite-user.js';
import { stateOf, type TLearnerInput } from '../learners/rules/context.js';
import { writeLearners } from '../learners/writer/write-learners.js';
import { changeStatus } from '../lifecycle/change-status.js';
import { unlockUser } from '../unlock/unlock-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';

const CHUNK = 200;
type Action = (typeof bulkActions.$inferSelect)['action'];
type Params = {
  caseOwnerId?: number;
  subscriptionEndsOn?: string;
  fromGroupId?: number;
  toGroupId?: number;
};
type Result = { userId: number; ok: boolean; code?: string; message?: string };

const refused = (userId: number, error: AppError): Result => ({
  userId,
  ok: false,
  code: error.code,
  message: Object.values(error.fields)[0] ?? error.message,
});

async function record(tx: Db, bulkActionId: number, results: Result[]) {
  for (const result of results)
    await tx
      .update(bulkActionItems)
      .set({ ok: result.ok, code: result.code ?? null, message: result.message ?? null })
      .where(
        and(
          eq(bulkActionItems.bulkActionId, bulkActionId),
          eq(bulkActionItems.userId, result.userId),
        ),
      );
  await tx
    .update(bulkActions)
    .set({ done: sql`${bulkActions.done} + ${results.length}` })
    .where(eq(bulkActions.id, bulkActionId));
}

/** What to write to one learner (their current groups given), or why they are refused. */
type InputFor = (groupIds: number[]) => TLearnerInput | AppError;

/** Each learner's membership of `fromGroupId` becomes one of `toGroupId`. */
const reassign =
  (fromGroupId: number, toGroupId: number): InputFor =>
  (groupIds) =>
    groupIds.includes(fromGroupId)
      ? { groupIds: [...groupIds.filter((id) => id !== fromGroupId), toGroupId] }
      : new AppError('not_in_group', 'This user is not a member of the group to move from.', 409);

/** Case owner, end date or groups for a chunk of learners: one write-service batch. */
async function writeChunk(
  tx: Db,
  actor: AdminActor,
  userIds: number[],
  inputFor: InputFor,
): Promise<Result[]> {
  const rows = await tx
    .select()
    .from(users)
    .where(and(inArray(users.id, userIds), visibleUsersWhere(tx, actor)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const links = await loadGroupLinks(
    tx,
    rows.map((row) => row.id),
  );
  const results = new Map<number, Result>();
  const writable: { row: (typeof rows)[number]; input: TLearnerInput }[] = [];
  for (const userId of userIds) {
    const row = byId.get(userId);
    const groupIds = (links.get(userId) ?? []).map((group) => group.id);
    if (!row)
      results.set(
        userId,
        refused(userId, new AppError('not_found', 'You cannot see this user.', 404)),
      );
    else if (!canManageUser(actor, { ...row, groupIds }))
      results.set(
        userId,
        refused(userId, new AppError('forbidden', 'You cannot change this user.', 403)),
      );
    else if (row.type !== 'learner')
      results.set(
        userId,
        refused(
          userId,
          new AppError('not_a_learner', 'Only learners are changed by this action.', 422),
        ),
      );
    else if (row.subscriptionStatus === 'Archived')
      results.set(
        userId,
        refused(userId, new AppError('user_archived', 'This user is archived.', 409)),
      );
    else {
      const input = inputFor(groupIds);
      if (input instanceof AppError) results.set(userId, refused(userId, input));
      else writable.push({ row, input });
    }
  }
  const written = await writeLearners(
    tx,
    actor,
    writable.map(({ row, input }) => ({
      mode: 'update' as const,
      userId: row.id,
      version: row.version,
      status: row.subscriptionStatus,
      current: stateOf(
        row,
        (links.get(row.id) ?? []).map((group) => group.id),
      ),
      input,
    })),
  );
  writable.forEach(({ row }, i) => {
    const outcome = written[i];
    results.set(
      row.id,
      outcome?.ok
        ? { userId: row.id, ok: true }
        : refused(row.id, outcome?.error ?? new AppError('conflict', 'Not saved.', 409)),
    );
  });
  return userIds.map((userId) => results.get(userId) ?? { userId, ok: false, code: 'conflict' });
}

/** The actions written through the learner write service, as what each writes; else null. */
function learnerInput(action: Action, params: Params): InputFor | null {
  if (action === 'set-case-owner') return () => ({ caseOwnerId: params.caseOwnerId });
  if (action === 'extend') return () => ({ subscriptionEndsOn: params.subscriptionEndsOn });
  if (action === 'reassign-group') {
    if (!params.fromGroupId || !params.toGroupId)
      throw new Error('A reassignment was stored without its groups.');
    return reassign(params.fromGroupId, params.toGroupId);
  }
  return null;
}

/** Invite, unlock or archive one user, through the action's own use case. */
function actOnOne(tx: Db, actor: AdminActor, action: Action, userId: number, publicUrl: string) {
  if (action === 'invite') return inviteUser(tx, actor, userId, publicUrl);
  if (action === 'unlock') return unlockUser(tx, actor, userId, null);
  return changeStatus(tx, actor, userId, 'archive', null);
}

export async function runBulkAction(
  db: Db,
  tenantId: number,
  bulkActionId: number,
  publicUrl: string,
  signal?: AbortSignal,
) {
  const [stored] = await db
    .update(bulkActions)
    .set({ status: 'running' })
    .where(
      and(
        eq(bulkActions.id, bulkActionId),
        eq(bulkActions.tenantId, tenantId),
        inArray(bulkActions.status, ['pending', 'running']),
      ),
    )
    .returning();
  if (!stored) return;
  const actor = await loadJobActor(db, tenantId, stored.createdBy);
  const params = stored.params as Params;
  for (;;) {
    if (signal?.aborted) throw new Error('Stopped before the end; the next try goes on.');
    const pending = await db
      .select({ userId: bulkActionItems.userId })
      .from(bulkActionItems)
      .where(and(eq(bulkActionItems.bulkActionId, bulkActionId), isNull(bulkActionItems.ok)))
      .orderBy(asc(bulkActionItems.userId))
      .limit(CHUNK);
    if (pending.length === 0) break;
    const userIds = pending.map((item) => item.userId);
    const inputFor = learnerInput(stored.action, params);
    if (inputFor) {
      await db.transaction(async (tx) =>
        record(tx, bulkActionId, await writeChunk(tx, actor, userIds, inputFor)),
      );
      continue;
    }
    for (const userId of userIds)
      await db.transaction(async (tx) => {
        let result: Result = { userId, ok: true };
        try {
          await actOnOne(tx, actor, stored.action, userId, publicUrl);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          result = refused(userId, error);
        }
        await record(tx, bulkActionId, [result]);
      });
  }
  await db
    .update(bulkActions)
    .set({ status: 'done', finishedAt: new Date() })
    .where(eq(bulkActions.id, bulkActionId));
}

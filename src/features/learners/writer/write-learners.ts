/**
 * The one way a learner is written: Add user, Edit User, and imports (a batch) all come here.
 * The context is loaded once for all rows, the rules run on each row without I/O, and the valid
 * rows are written with a few multi-row statements. The answer is one result a row, each
 * with its reasons by field. Email and username keys are kept by the database itself (the
 * identity_keys trigger), so a race the rules could not see still cannot take a key twice.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { auditLog, userGroups, users } from '../../../db/schema.js';
import { emailKey } from '../../../domain/email.js';
import type { TSubscriptionStatus } from '../../../domain/subscription.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError, invalid, versionConflict } from '../../../platform/errors.js';
import { diff } from '../../audit/record-audit.js';
import { type CheckLearnerRequest, checkLearner } from '../rules/check-learner.js';
import {
  emptyLearner,
  type LearnerState,
  type RuleContext,
  type TLearnerInput,
  type WriteContext,
} from '../rules/context.js';
import { saveLearnerGroups } from './learner-groups.js';
import { loadWriteContext } from './load-write-context.js';
import { numberReferences } from './number-references.js';

type UserRow = typeof users.$inferSelect;

/** One learner to write: a new one, or a change to a stored one at `version`. */
export type LearnerWrite =
  | {
      mode: 'create';
      status: TSubscriptionStatus;
      input: TLearnerInput;
      audit?: object;
      /** A row of an uploaded file (imports). */
      fromFile?: boolean;
    }
  | {
      mode: 'update';
      audit?: undefined;
      /** A row of an uploaded file (imports). */
      fromFile?: boolean;
      userId: number;
      version: number;
      status: TSubscriptionStatus;
      current: LearnerState;
      input: TLearnerInput;
    };

/**
 * What became of one row: saved (the row as stored; null for a change that changed nothing) or
 * refused, with reasons by field.
 */
export type LearnerWriteResult =
  | { row: number; ok: true; user: UserRow | null }
  | { row: number; ok: false; code: string; fields: Record<string, string>; error: AppError };

const CHUNK = 500;

function request(write: LearnerWrite, row: number): CheckLearnerRequest {
  return write.mode === 'create'
    ? {
        mode: 'create',
        userId: null,
        row,
        status: write.status,
        current: emptyLearner(),
        input: write.input,
        fromFile: write.fromFile,
      }
    : {
        mode: 'update',
        userId: write.userId,
        row,
        status: write.status,
        current: write.current,
        input: write.input,
        fromFile: write.fromFile,
      };
}

/** Runs the rules on one row; a valid row's keys are claimed against later rows of the batch. */
function check(world: WriteContext, req: CheckLearnerRequest): RuleContext | AppError {
  let ctx: RuleContext;
  try {
    ctx = checkLearner(world, req);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  if (Object.keys(ctx.errors).length > 0) return invalid(ctx.errors);
  for (const value of [ctx.next.email, ctx.next.username])
    if (value !== null) world.claimed.set(emailKey(value), req.row);
  return ctx;
}

function groupRows(world: WriteContext, tenantId: number, userId: number, groupIds: number[]) {
  const roots = new Map(world.groups.map((group) => [group.id, group.rootId]));
  return groupIds.flatMap((groupId) => {
    const rootId = roots.get(groupId);
    return rootId === undefined ? [] : [{ tenantId, userId, groupId, rootId, exclusive: true }];
  });
}

async function insertCreated(
  tx: Db,
  actor: Actor,
  world: WriteContext,
  created: { ctx: RuleContext; write: LearnerWrite }[],
  ip: string | null,
) {
  const saved: UserRow[] = [];
  for (let at = 0; at < created.length; at += CHUNK) {
    const chunk = created.slice(at, at + CHUNK);
    const rows = await tx
      .insert(users)
      .values(
        chunk.map(({ ctx }) => {
          const { groupIds: _groups, ...columns } = ctx.next;
          return {
            tenantId: actor.tenantId,
            type: 'learner' as const,
            subscriptionStatus: 'Prospect' as const,
            ...columns,
          };
        }),
      )
      .returning();
    const links = rows.flatMap((row, i) =>
      groupRows(world, actor.tenantId, row.id, chunk[i]?.ctx.next.groupIds ?? []),
    );
    if (links.length > 0) await tx.insert(userGroups).values(links);
    await tx.insert(auditLog).values(
      rows.map((row, i) => ({
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'learner_created',
        entityType: 'user',
        entityId: String(row.id),
        after: {
          ...chunk[i]?.ctx.next,
          subscriptionStatus: row.subscriptionStatus,
          ...chunk[i]?.write.audit,
        },
        ip,
      })),
    );
    saved.push(...rows);
  }
  return saved;
}

async function saveUpdate(
  tx: Db,
  actor: Actor,
  write: Extract<LearnerWrite, { mode: 'update' }>,
  ctx: RuleContext,
  ip: string | null,
) {
  const change = diff(write.current, ctx.next);
  if (!change.changed) return null;
  const { groupIds, ...columns } = ctx.next;
  const [saved] = await tx
    .update(users)
    .set({ ...columns, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, write.userId), eq(users.version, write.version)))
    .returning();
  if (!saved) throw versionConflict('user');
  if (JSON.stringify(groupIds) !== JSON.stringify(write.current.groupIds))
    await saveLearnerGroups(tx, actor.tenantId, write.userId, groupIds);
  await tx.insert(auditLog).values({
    tenantId: actor.tenantId,
    actorId: actor.userId,
    action: 'user_updated',
    entityType: 'user',
    entityId: String(write.userId),
    before: change.before,
    after: change.after,
    ip,
  });
  return saved;
}

/**
 * Checks and writes `writes` in the caller's transaction, answering one result a row (rows
 * counted from 1). Refused rows write nothing; the others are written whatever the rest do.
 */
export async function writeLearners(
  tx: Db,
  actor: Actor,
  writes: readonly LearnerWrite[],
  options: { ip?: string | null } = {},
): Promise<LearnerWriteResult[]> {
  const requests = writes.map((write, i) => request(write, i + 1));
  const world = await loadWriteContext(tx, actor, requests);
  const checked = requests.map((req) => check(world, req));
  await numberReferences(
    tx,
    actor,
    checked.filter((c): c is RuleContext => !(c instanceof AppError)),
  );
  const ip = options.ip ?? null;
  const results = new Map<number, LearnerWriteResult>();
  const created: { ctx: RuleContext; write: LearnerWrite; i: number }[] = [];
  for (const [i, write] of writes.entries()) {
    const ctx = checked[i];
    if (!ctx) continue;
    if (ctx instanceof AppError)
      results.set(i, { row: i + 1, ok: false, code: ctx.code, fields: ctx.fields, error: ctx });
    else if (write.mode === 'create') created.push({ ctx, write, i });
    else
      results.set(i, { row: i + 1, ok: true, user: await saveUpdate(tx, actor, write, ctx, ip) });
  }
  const inserted = await insertCreated(tx, actor, world, created, ip);
  for (const [n, { i }] of created.entries())
    results.set(i, { row: i + 1, ok: true, user: inserted[n] ?? null });
  return writes.map((_, i) => {
    const result = results.get(i);
    if (!result) throw new Error(`row ${i + 1} was neither written nor refused`);
    return result;
  });
}

/** What a row would become, without writing: valid (and whether an update changes anything) or refused. */
export type LearnerCheckResult =
  | { row: number; ok: true; changed: boolean }
  | { row: number; ok: false; code: string; fields: Record<string, string>; error: AppError };

/**
 * The dry run of `writeLearners` (an import's preview): the same context and rules, rows
 * counted from 1, keys claimed across the batch, and nothing written. Reference numbers a
 * template would give are not drawn, since they would be drawn again on the real write.
 */
export async function checkLearners(
  tx: Db,
  actor: Actor,
  writes: readonly LearnerWrite[],
): Promise<LearnerCheckResult[]> {
  const requests = writes.map((write, i) => request(write, i + 1));
  const world = await loadWriteContext(tx, actor, requests);
  return requests.map((req, i) => {
    const ctx = check(world, req);
    if (ctx instanceof AppError)
      return { row: i + 1, ok: false, code: ctx.code, fields: ctx.fields, error: ctx };
    return {
      row: i + 1,
      ok: true,
      changed: req.mode === 'create' || diff(req.current, ctx.next).changed,
    };
  });
}

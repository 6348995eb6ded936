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
import { followLearningProvider } from '../../funding/episode-ukprn.js';
import { type CheckLearnerRequest, checkLearner } from '../rules/check-learner.js';
import {
  emptyLearner,
  type LearnerState,
  type RuleContext,
  type SelfServiceWriter,
  type TLearnerInput,
  type WriteContext,
} from '../rules/context.js';
import { insertLearners } from './insert-learners.js';
import { addLearnerContacts, chosenContacts } from './learner-contacts.js';
import { saveLearnerGroups } from './learner-groups.js';
import { loadWriteContext, type TenantContext } from './load-write-context.js';
import { numberReferences } from './number-references.js';

type UserRow = typeof users.$inferSelect;

/** What the audit entry of a write says beyond the change: its action, and more before/after. */
export interface WriteAudit {
  action?: string;
  before?: object;
  after?: object;
}

/**
 * Columns a write sets that no form rule decides: the password hash, the status and time of an
 * activation. Only the person's own writes (self-registration, activation) send them.
 */
export type SystemColumns = Partial<
  Pick<
    typeof users.$inferInsert,
    | 'passwordHash'
    | 'subscriptionStatus'
    | 'activatedAt'
    | 'failedSignIns'
    | 'lockedAt'
    | 'createdAt'
    | 'updatedAt'
  >
>;

/** One learner to write: a new one, or a change to a stored one at `version`. */
export type LearnerWrite =
  | {
      mode: 'create';
      status: TSubscriptionStatus;
      input: TLearnerInput;
      audit?: WriteAudit;
      system?: SystemColumns;
      /** A row of an uploaded file (imports). */
      fromFile?: boolean;
    }
  | {
      mode: 'update';
      audit?: WriteAudit;
      system?: SystemColumns;
      /** A row of an uploaded file (imports). */
      fromFile?: boolean;
      userId: number;
      version: number;
      status: TSubscriptionStatus;
      current: LearnerState;
      input: TLearnerInput;
      /** An approved change request: the fields the funding lock keeps may change. */
      fundingLockLifted?: boolean;
    };

/**
 * What became of one row: saved (the row as stored; null for a change that changed nothing) or
 * refused, with reasons by field.
 */
export type LearnerWriteResult =
  | { row: number; ok: true; user: UserRow | null }
  | {
      row: number;
      ok: false;
      code: string;
      fields: Record<string, string>;
      error: AppError;
      /** Fields refused because another account holds the email or username. */
      conflicts: ('email' | 'username')[];
    };

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
        fundingLockLifted: write.fundingLockLifted,
      };
}

/** Runs the rules on one row; a valid row's keys are claimed against later rows of the batch. */
type Refused = { error: AppError; conflicts: ('email' | 'username')[] };

function check(world: WriteContext, req: CheckLearnerRequest): RuleContext | Refused {
  let ctx: RuleContext;
  try {
    ctx = checkLearner(world, req);
  } catch (error) {
    if (error instanceof AppError) return { error, conflicts: [] };
    throw error;
  }
  if (Object.keys(ctx.errors).length > 0)
    return { error: invalid(ctx.errors), conflicts: [...ctx.conflicts] };
  for (const value of [ctx.next.email, ctx.next.username])
    if (value !== null) world.claimed.set(emailKey(value), req.row);
  return ctx;
}

async function saveUpdate(
  tx: Db,
  world: WriteContext,
  write: Extract<LearnerWrite, { mode: 'update' }>,
  ctx: RuleContext,
  ip: string | null,
) {
  const change = diff(write.current, ctx.next);
  if (!change.changed && !write.system) return null;
  const { groupIds, ...columns } = ctx.next;
  const [saved] = await tx
    .update(users)
    .set({
      ...columns,
      updatedAt: new Date(),
      ...write.system,
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, write.userId), eq(users.version, write.version)))
    .returning();
  if (!saved) throw versionConflict('user');
  if (JSON.stringify(groupIds) !== JSON.stringify(write.current.groupIds))
    await saveLearnerGroups(tx, world.tenantId, write.userId, groupIds);
  await tx.insert(auditLog).values({
    tenantId: world.tenantId,
    actorId: world.actor?.userId ?? write.userId,
    action: write.audit?.action ?? 'user_updated',
    entityType: 'user',
    entityId: String(write.userId),
    before: { ...change.before, ...write.audit?.before },
    after: { ...change.after, ...write.audit?.after },
    ip,
  });
  return saved;
}

export interface WriteOptions {
  ip?: string | null;
  /** The tenant's part of the context, loaded once by a caller writing many chunks. */
  tenant?: TenantContext;
}

/** Checks and writes for any writer; see writeLearners and writeOwnAccount. */
async function write(
  tx: Db,
  writer: Actor | SelfServiceWriter,
  writes: readonly LearnerWrite[],
  options: WriteOptions,
): Promise<LearnerWriteResult[]> {
  const requests = writes.map((write, i) => request(write, i + 1));
  const world = await loadWriteContext(tx, writer, requests, options.tenant);
  const checked = requests.map((req) => check(world, req));
  await numberReferences(
    tx,
    world.tenantId,
    checked.filter((c): c is RuleContext => !isRefused(c)),
  );
  const ip = options.ip ?? null;
  const results = new Map<number, LearnerWriteResult>();
  const created: { ctx: RuleContext; write: LearnerWrite; i: number }[] = [];
  for (const [i, write] of writes.entries()) {
    const ctx = checked[i];
    if (!ctx) continue;
    if (isRefused(ctx))
      results.set(i, {
        row: i + 1,
        ok: false,
        code: ctx.error.code,
        fields: ctx.error.fields,
        error: ctx.error,
        conflicts: ctx.conflicts,
      });
    else if (write.mode === 'create') created.push({ ctx, write, i });
    else
      results.set(i, { row: i + 1, ok: true, user: await saveUpdate(tx, world, write, ctx, ip) });
  }
  const inserted = await insertLearners(tx, world, created, ip);
  for (const [n, { i }] of created.entries())
    results.set(i, { row: i + 1, ok: true, user: inserted[n] ?? null });
  await followLearningProvider(tx, world.tenantId, providerChanged(writes, checked, results));
  await addLearnerContacts(tx, world.tenantId, chosenContacts(checked, results));
  return writes.map((_, i) => {
    const result = results.get(i);
    if (!result) throw new Error(`row ${i + 1} was neither written nor refused`);
    return result;
  });
}

const isRefused = (checked: RuleContext | Refused): checked is Refused => 'error' in checked;

/**
 * The updated learners whose learning provider changed: their funding episodes follow it. A
 * learner just created has no episodes yet.
 */
function providerChanged(
  writes: readonly LearnerWrite[],
  checked: (RuleContext | Refused)[],
  results: Map<number, LearnerWriteResult>,
) {
  return writes.flatMap((write, i) => {
    const ctx = checked[i];
    const result = results.get(i);
    if (write.mode !== 'update' || !ctx || isRefused(ctx) || !result?.ok || !result.user) return [];
    return ctx.next.learningProviderId === write.current.learningProviderId ? [] : [write.userId];
  });
}

/**
 * Checks and writes `writes` in the caller's transaction, answering one result a row (rows
 * counted from 1). Refused rows write nothing; the others are written whatever the rest do.
 */
export function writeLearners(
  tx: Db,
  actor: Actor,
  writes: readonly LearnerWrite[],
  options: WriteOptions = {},
): Promise<LearnerWriteResult[]> {
  return write(tx, actor, writes, options);
}

/**
 * The same service for a person writing their own account, with no administrator: registering
 * with an access code (a create, in the code's groups) or activating an invitation (an update
 * of the username, with the password and status as system columns). The rules that apply to
 * them run (check-learner.ts); the entry is audited with the person as its actor.
 */
export async function writeOwnAccount(
  tx: Db,
  writer: SelfServiceWriter,
  one: LearnerWrite,
  options: { ip?: string | null } = {},
): Promise<LearnerWriteResult> {
  const [result] = await write(tx, writer, [one], options);
  if (!result) throw new Error('no result for the account');
  return result;
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
  options: Pick<WriteOptions, 'tenant'> = {},
): Promise<LearnerCheckResult[]> {
  const requests = writes.map((write, i) => request(write, i + 1));
  const world = await loadWriteContext(tx, actor, requests, options.tenant);
  return requests.map((req, i) => {
    const outcome = check(world, req);
    if (isRefused(outcome))
      return {
        row: i + 1,
        ok: false,
        code: outcome.error.code,
        fields: outcome.error.fields,
        error: outcome.error,
      };
    return {
      row: i + 1,
      ok: true,
      changed: req.mode === 'create' || diff(req.current, outcome.next).changed,
    };
  });
}

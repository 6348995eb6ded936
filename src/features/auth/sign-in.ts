/**
 * Signs a person in: tenant slug + username or email + password. Unknown user and wrong
 * password get the same answer after the same argon2 work; the tenant's threshold of failures
 * in a row locks the account, and an unknown name alike (lockout.ts); success resets the
 * counter. Every outcome is audited.
 */
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, sessions, tenants, users } from '../../db/schema.js';
import { canSignIn } from '../../domain/subscription.js';
import { AppError } from '../../platform/errors.js';
import { verifyPassword } from '../../platform/passwords.js';
import { newSecret, sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorColumns, toActor } from './load-actor.js';
import { isLocked, type LockoutSubject, nameLockedAt, recordFailure } from './lockout.js';

const SESSION_HOURS = 12;

export interface SignInInput {
  tenant: string;
  username: string;
  password: string;
  ip: string | null;
}

const invalidCredentials = () =>
  new AppError(
    'invalid_credentials',
    'The organisation, username or password is not right. Check them and try again.',
    401,
  );

/** The same answer for every locked name, known or not, so the lock does not reveal who exists. */
export const accountLocked = (autoUnlockMinutes: number | null) =>
  new AppError(
    'account_locked',
    `This account is locked after too many failed sign-ins. Ask your administrator to unlock it, or choose "Locked out?" to get an unlock link by email.${
      autoUnlockMinutes === null
        ? ''
        : ` It also unlocks by itself ${autoUnlockMinutes} minutes after it was locked.`
    }`,
    423,
  );

const candidateQuery = (db: Db) =>
  db
    .select({
      // Everything the answer needs too, so a sign-in reads the database once.
      ...actorColumns,
      tenantId: tenants.id,
      threshold: tenants.lockoutThreshold,
      passwordHash: users.passwordHash,
    })
    .from(tenants)
    .leftJoin(
      users,
      and(
        eq(users.tenantId, tenants.id),
        or(
          sql`lower(${users.username}) = ${sql.placeholder('name')}`,
          sql`lower(${users.email}) = ${sql.placeholder('name')}`,
        ),
      ),
    )
    .where(eq(tenants.slug, sql.placeholder('slug')))
    .limit(1)
    // Named: PostgreSQL parses and plans it once a connection, not on every sign-in.
    .prepare('sign_in_candidate');

/** Prepared once per database handle (tests open several in one process). */
const candidateQueries = new WeakMap<Db, ReturnType<typeof candidateQuery>>();

async function findCandidate(db: Db, tenantSlug: string, name: string) {
  let query = candidateQueries.get(db);
  if (!query) {
    query = candidateQuery(db);
    candidateQueries.set(db, query);
  }
  const [row] = await query.execute({ name, slug: tenantSlug.trim().toLowerCase() });
  return row;
}

/** The account (and tenant) a sign-in names, or undefined for an unknown tenant. */
export type SignInCandidate = Awaited<ReturnType<typeof findCandidate>>;

const signInName = (username: string) => username.trim().toLowerCase();

/**
 * Starts reading the account a sign-in names, so the read runs while the route's rate limits
 * are counted (auth.routes.ts) instead of after them. Only a read: a request the limits refuse
 * never awaits it, and the password is verified only after the limits let the request through.
 */
export function prefetchCandidate(db: Db, tenant: string, username: string) {
  const pending = findCandidate(db, tenant, signInName(username));
  pending.catch(() => {}); // awaited by signIn; a refused request drops it
  return pending;
}

const auditFor =
  (db: Db, input: SignInInput, tenantId: number, userId: number) =>
  (action: string, after: Record<string, unknown> = {}) =>
    recordAudit(db, {
      tenantId,
      actorId: userId,
      action,
      entityType: 'user',
      entityId: userId,
      after,
      ip: input.ip,
    });

export async function signIn(db: Db, input: SignInInput, prefetched?: Promise<SignInCandidate>) {
  const name = signInName(input.username);
  const found = await (prefetched ?? findCandidate(db, input.tenant, name));
  const passwordOk = await verifyPassword(found?.passwordHash ?? null, input.password);
  if (!found) throw invalidCredentials();
  const { tenantId, userId } = found;
  const subject: LockoutSubject = {
    tenantId,
    threshold: found.threshold,
    autoUnlockMinutes: found.autoUnlockMinutes,
    userId,
    name,
    lockedAt: userId === null ? await nameLockedAt(db, tenantId, name) : found.lockedAt,
    ip: input.ip,
  };
  if (await isLocked(db, subject)) {
    if (userId !== null)
      await auditFor(db, input, tenantId, userId)('sign_in_refused', { reason: 'locked' });
    throw accountLocked(found.autoUnlockMinutes);
  }
  if (userId === null || !passwordOk) {
    if (await recordFailure(db, subject)) throw accountLocked(found.autoUnlockMinutes);
    throw invalidCredentials();
  }
  const audit = auditFor(db, input, tenantId, userId);
  if (!found.status || !canSignIn(found.status) || found.suspendedAt) {
    await audit(
      'sign_in_refused',
      found.suspendedAt ? { reason: 'suspended' } : { reason: 'status', status: found.status },
    );
    throw new AppError(
      'account_inactive',
      'This account cannot sign in at the moment. Please contact your training provider.',
      403,
    );
  }
  const sessionId = newSecret();
  const csrfToken = newSecret();
  await startSession(db, { tenantId, userId, sessionId, csrfToken, ip: input.ip });
  const actor = toActor(found, 'session', csrfToken);
  if (!actor) throw invalidCredentials();
  return { sessionId, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600, actor };
}

/**
 * One statement, so one round trip and atomic: the failure count resets, this person's expired
 * sessions go (so the table does not grow), the session starts and the sign-in is audited.
 *
 * Committed without waiting for the WAL flush (`synchronous_commit` off for this statement
 * alone), which cost 3–6 ms of every sign-in, more than the rest of the request besides
 * argon2. Nothing is weakened: the commit is atomic and visible at once; the WAL is flushed
 * in order within 3 × wal_writer_delay (0.6 s), and any later durable commit (every write the
 * new session makes, any other request's) flushes it first. A database crash inside that window
 * loses the session and its audit entry together, never one without the other, and the reset
 * of the failure count with them (which only keeps the count higher). Failures, refusals and
 * lockouts are committed durably as before (lockout.ts).
 */
async function startSession(
  db: Db,
  s: { tenantId: number; userId: number; sessionId: string; csrfToken: string; ip: string | null },
) {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.execute(sql`
    with relaxed as (
      select set_config('synchronous_commit', 'off', true)
    ), reset as (
      update ${users} set failed_sign_ins = 0 where ${users.id} = ${s.userId} and ${users.failedSignIns} <> 0
    ), expired as (
      delete from ${sessions} where ${sessions.userId} = ${s.userId} and ${sessions.expiresAt} < ${now}
    ), started as (
      insert into ${sessions} (id_hash, tenant_id, user_id, csrf_token, expires_at)
      values (${sha256(s.sessionId)}, ${s.tenantId}, ${s.userId}, ${s.csrfToken}, ${expiresAt})
    )
    insert into ${auditLog} (tenant_id, actor_id, action, entity_type, entity_id, ip)
    select ${s.tenantId}, ${s.userId}, 'sign_in', 'user', ${String(s.userId)}, ${s.ip}
    from relaxed`);
}

export async function signOut(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)));
}

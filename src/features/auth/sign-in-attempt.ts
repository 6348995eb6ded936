/**
 * The first step of a sign-in, in one statement: it counts the attempt against both of its
 * limits (per client address, and per address and sign-in name) and reads the account the
 * name points to, with its tenant. One round trip instead of three: under load each statement
 * waits for a database process to be scheduled, and the three cost 2–3 ms together. The
 * password is verified only when both limits let the attempt through (sign-in.ts).
 */
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema.js';
import { countRequests, storedKey } from '../../platform/rate-limit-store.js';
import { actorColumns } from './load-actor.js';

const { groupIds: _groups, ...signInActorColumns } = actorColumns;

/** Password spraying: attempts a minute from one client address, whatever the usernames. */
export const SIGN_INS_PER_ADDRESS = 30;
/** Attempts a minute from one address at one name, so one office shares no lock. */
export const SIGN_INS_PER_NAME = 10;
const WINDOW_MS = 60_000;

/** The name as the lockout and the account lookup read it. */
export const signInName = (username: string) => username.trim().toLowerCase();

const counted = (db: Db) =>
  db
    .$with('counted', { key: sql<string>`key` })
    .as(
      countRequests(
        sql`array[${sql.placeholder('addressKey')}, ${sql.placeholder('nameKey')}]`,
        WINDOW_MS,
      ),
    );

const countOf = (placeholder: string) =>
  sql<number>`(select current from counted where key = ${sql.placeholder(placeholder)})`.mapWith(
    Number,
  );
const ttlOf = (placeholder: string) =>
  sql<number>`(select ttl from counted where key = ${sql.placeholder(placeholder)})`.mapWith(
    Number,
  );

const attemptQuery = (db: Db) => {
  const cte = counted(db);
  return (
    db
      .with(cte)
      .select({
        // The actor without its groups: the answer to a sign-in does not list them.
        ...signInActorColumns,
        failedSignIns: users.failedSignIns,
        tenantId: tenants.id,
        threshold: tenants.lockoutThreshold,
        passwordHash: users.passwordHash,
        addressCount: countOf('addressKey'),
        addressTtl: ttlOf('addressKey'),
        nameCount: countOf('nameKey'),
        nameTtl: ttlOf('nameKey'),
      })
      // One row always, so the counts come back even for an organisation that does not exist.
      .from(sql`(select 1) as one`)
      .leftJoin(tenants, eq(tenants.slug, sql.placeholder('slug')))
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
      .limit(1)
      // Named: PostgreSQL parses and plans it once a connection, not on every sign-in.
      .prepare('sign_in_attempt')
  );
};

/** Prepared once per database handle (tests open several in one process). */
const attemptQueries = new WeakMap<Db, ReturnType<typeof attemptQuery>>();

async function runAttempt(db: Db, input: { tenant: string; username: string; ip: string }) {
  let query = attemptQueries.get(db);
  if (!query) {
    query = attemptQuery(db);
    attemptQueries.set(db, query);
  }
  const name = signInName(input.username);
  const [row] = await query.execute({
    addressKey: storedKey(`sign-in-address|${input.ip}`),
    nameKey: storedKey(`sign-in-name|${input.ip}|${name}`),
    name,
    slug: input.tenant.trim().toLowerCase(),
  });
  if (!row) throw new Error('The sign-in attempt was not counted.');
  return row;
}

export type SignInAttempt = Awaited<ReturnType<typeof runAttempt>>;

/** The account (and tenant) a sign-in names: no `tenantId` for an unknown organisation. */
export type SignInCandidate = Omit<
  SignInAttempt,
  'addressCount' | 'addressTtl' | 'nameCount' | 'nameTtl'
>;

/**
 * Counts the attempt and reads its account. `retryAfterSeconds` is set when either limit is
 * spent: the caller answers 429 then, without verifying the password.
 */
export async function countSignInAttempt(
  db: Db,
  input: { tenant: string; username: string; ip: string },
) {
  const { addressCount, addressTtl, nameCount, nameTtl, ...candidate } = await runAttempt(
    db,
    input,
  );
  const spent = [
    addressCount > SIGN_INS_PER_ADDRESS ? addressTtl : null,
    nameCount > SIGN_INS_PER_NAME ? nameTtl : null,
  ].filter((ttl): ttl is number => ttl !== null);
  const retryAfterSeconds =
    spent.length === 0 ? null : Math.max(1, Math.ceil(Math.max(...spent) / 1000));
  return { candidate, retryAfterSeconds };
}

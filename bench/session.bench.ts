/**
 * The cost of a request through the real HTTP stack (Fastify inject): a sign-in beside the bare
 * argon2id verify measured in the same run, an authenticated `GET /session`, and requests per
 * second of `GET /users` under load (autocannon on loopback, bounded). The machine may be shared:
 * compare figures of one run with each other, not across runs.
 */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { adminGroupAccess, tenants, userGroups, users } from '../src/db/schema.js';
import { createGroup } from '../src/features/groups/create-group.js';
import { hashPassword, verifyPassword } from '../src/platform/passwords.js';
import { buildServer } from '../src/server.js';
import { type Bench, timed } from './support.js';

const PASSWORD = 'Bench-password-42';
const SIGN_INS = 60;
const SESSION_READS = 500;
const LEARNERS = 2_000;
const LOAD = { connections: 10, duration: 5 };

const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};
const round = (ms: number) => Math.round(ms * 100) / 100;

async function setUp(db: Parameters<Bench['run']>[0]['db']) {
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: 'bench', name: 'Bench Training' })
    .returning();
  if (!tenant) throw new Error('no tenant');
  const roots: number[] = [];
  const campuses: { id: number; rootId: number }[] = [];
  for (let r = 0; r < 3; r++) {
    const root = await createGroup(db, tenant.id, `College ${r}`);
    roots.push(root.id);
    for (let c = 0; c < 10; c++)
      campuses.push(await createGroup(db, tenant.id, `Campus ${r}.${c}`, root.id));
  }
  const passwordHash = await hashPassword(PASSWORD);
  const [admin] = await db
    .insert(users)
    .values({
      tenantId: tenant.id,
      type: 'admin',
      adminRole: 'standard',
      email: 'bench.admin@example.test',
      username: 'bench.admin@example.test',
      firstName: 'Bench',
      surname: 'Admin',
      subscriptionStatus: 'FullUser',
      passwordHash,
    })
    .returning();
  if (!admin) throw new Error('no admin');
  await db
    .insert(adminGroupAccess)
    .values(roots.map((groupId) => ({ tenantId: tenant.id, adminId: admin.id, groupId })));
  const learners = await db
    .insert(users)
    .values(
      Array.from({ length: LEARNERS }, (_, n) => ({
        tenantId: tenant.id,
        type: 'learner' as const,
        email: `learner${n}@bench.example`,
        username: `learner${n}@bench.example`,
        firstName: `First${n}`,
        surname: `Surname${n}`,
        subscriptionStatus: 'FullUser' as const,
      })),
    )
    .returning({ id: users.id });
  await db.insert(userGroups).values(
    learners.map((learner, n) => {
      const campus = campuses[n % campuses.length] ?? { id: roots[0] ?? 0, rootId: roots[0] ?? 0 };
      return {
        tenantId: tenant.id,
        userId: learner.id,
        groupId: campus.id,
        rootId: campus.rootId,
        exclusive: true,
      };
    }),
  );
  return { passwordHash };
}

const bench: Bench = {
  name: 'session',
  async run({ db, kind, emit }) {
    const { passwordHash } = await setUp(db);
    const app = await buildServer({
      db,
      databaseKind: kind,
      config: {
        port: 0,
        dataDir: '.tmp/unused',
        publicUrl: 'http://bench.test',
        demo: false,
        trustProxy: false,
      },
      mailer: { enabled: false, send: async () => {} },
      logger: false,
    });
    await app.ready();
    try {
      const body = { tenant: 'bench', username: 'bench.admin@example.test', password: PASSWORD };
      // Each sign-in from its own address, so the per-address limits never answer 429.
      const signInFrom = (n: number) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: body,
          remoteAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        });
      let cookie = '';
      const signIns: number[] = [];
      const verifies: number[] = [];
      for (let n = -5; n < SIGN_INS; n++) {
        // Interleaved, so both see the same load on a shared machine; the first five warm up.
        const verified = await timed(() => verifyPassword(passwordHash, PASSWORD));
        const signedIn = await timed(() => signInFrom(n + 10));
        if (signedIn.result.statusCode !== 200)
          throw new Error(`sign-in: ${signedIn.result.statusCode} ${signedIn.result.body}`);
        cookie = signedIn.result.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
        if (n < 0) continue;
        verifies.push(verified.ms);
        signIns.push(signedIn.ms);
      }
      const argon2 = percentile(verifies, 50);
      const p50 = percentile(signIns, 50);
      emit({
        name: 'sign_in_http',
        count: 1,
        samples: SIGN_INS,
        ms: p50,
        p95Ms: round(percentile(signIns, 95)),
        argon2VerifyP50Ms: round(argon2),
        overArgon2Ms: round(p50 - argon2),
        ratioToArgon2: round(p50 / argon2),
        budgetMs: round(argon2 * 1.1 + 3),
        withinBudget: p50 <= argon2 * 1.1 + 3,
        // The machine may be shared: the 1-minute load average says how much to trust this.
        loadAverage1m: round(loadavg()[0] ?? 0),
      });

      const reads: number[] = [];
      for (let n = -20; n < SESSION_READS; n++) {
        const read = await timed(() =>
          app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } }),
        );
        if (read.result.statusCode !== 200) throw new Error(`GET /session: ${read.result.body}`);
        if (n >= 0) reads.push(read.ms);
      }
      emit({
        name: 'get_session_http',
        count: 1,
        samples: SESSION_READS,
        ms: percentile(reads, 50),
        p95Ms: round(percentile(reads, 95)),
        argon2VerifyP50Ms: round(argon2),
        budgetMs: 2,
        withinBudget: percentile(reads, 50) < 2,
      });

      const address = await app.listen({ host: '127.0.0.1', port: 0 });
      const result = await autocannon({
        url: `${address}/api/v1/users?pageSize=50`,
        headers: { cookie },
        connections: LOAD.connections,
        duration: LOAD.duration,
      });
      if (result.non2xx > 0) throw new Error(`GET /users under load: ${result.non2xx} non-2xx`);
      emit({
        name: 'get_users_http_load',
        count: result.requests.total,
        ms: LOAD.duration * 1000,
        requestsPerSecond: result.requests.average,
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        connections: LOAD.connections,
        learners: LEARNERS,
      });
    } finally {
      await app.close();
    }
  },
};

export default bench;

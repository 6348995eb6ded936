/**
 * `npm start` seeds the demo tenant on an empty embedded database, and on an empty PostgreSQL
 * only with ROSTER_DEMO=1 (issue 7). The seeded learners pass every Edit User rule as stored.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../../test/support/app.js';
import { patchUser } from '../../../test/support/learner-world.js';
import { tenants, users } from '../../db/schema.js';
import { readConfig } from '../../platform/config.js';
import { seedDemoOnStart, wantsDemo } from './seed-demo-on-start.js';

const PASSWORD = 'Demo-pass-2026!';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const demoTenants = () => t.db.select().from(tenants).where(eq(tenants.slug, 'demo'));

describe('the demo tenant on start', () => {
  it('is wanted on PGlite always, on PostgreSQL only with ROSTER_DEMO=1', () => {
    expect(wantsDemo('pglite', false)).toBe(true);
    expect(wantsDemo('postgres', false)).toBe(false);
    expect(wantsDemo('postgres', true)).toBe(true);
    expect(readConfig({}).demo).toBe(false);
    expect(readConfig({ ROSTER_DEMO: '1' }).demo).toBe(true);
    expect(readConfig({ ROSTER_DEMO: '0' }).demo).toBe(false);
  });

  it('is seeded on an empty database as its kind says (PGlite, or PostgreSQL when asked), once', async () => {
    const database = { db: t.db, kind: t.database.kind };
    const first = await seedDemoOnStart(database, { demo: false, demoPassword: PASSWORD });
    if (database.kind === 'postgres') {
      expect(first).toEqual({ seeded: false, reason: 'not_asked' });
      expect(await t.db.select().from(tenants)).toEqual([]);
      const asked = await seedDemoOnStart(database, { demo: true, demoPassword: PASSWORD });
      expect(asked).toEqual({ seeded: true, password: PASSWORD });
    } else {
      expect(first).toEqual({ seeded: true, password: PASSWORD });
    }
    expect(await demoTenants()).toHaveLength(1);
    const again = await seedDemoOnStart(database, { demo: true, demoPassword: PASSWORD });
    expect(again).toEqual({ seeded: false, reason: 'not_empty' });
    expect(await demoTenants()).toHaveLength(1);
  });

  it('seeds learners that every Edit User rule accepts as they are', async () => {
    const admin = await signIn(t.app, 'demo', 'admin@demo.example', PASSWORD);
    // The seed's patterns (status, groups, programme, funding lock) repeat every 60 learners.
    const learners = await t.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.type, 'learner'))
      .orderBy(asc(users.id))
      .limit(60);
    expect(learners).toHaveLength(60);
    const refused: string[] = [];
    for (const { id } of learners) {
      const response = await patchUser(admin, id, {});
      // An archived learner is restored before editing (409 user_archived); the rest must pass.
      if (response.statusCode !== 200 && response.json().error?.code !== 'user_archived')
        refused.push(`${id}: ${response.body}`);
    }
    expect(refused).toEqual([]);
  });

  it('has Full employer users who sign in with the demo password and see their learners', async () => {
    const manager = await signIn(t.app, 'demo', 'employer1@demo.example', PASSWORD);
    const managed = (await manager.get('/api/v1/me/learners?pageSize=100')).json();
    expect(managed.total).toBeGreaterThanOrEqual(5);
    expect(managed.items.every((item: { links: string[] }) => item.links.includes('manager'))).toBe(
      true,
    );
    const mentor = await signIn(t.app, 'demo', 'employer2@demo.example', PASSWORD);
    expect((await mentor.get('/api/v1/me/learners')).json().total).toBeGreaterThan(0);
    // The View all role: every learner of Care Apprentices, more than the ones they manage.
    const viewer = await signIn(t.app, 'demo', 'employer4@demo.example', PASSWORD);
    expect((await viewer.get('/api/v1/me/learners')).json().total).toBeGreaterThan(20);
  });
});

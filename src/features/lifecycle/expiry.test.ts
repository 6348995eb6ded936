/**
 * Issue 12, status by time: the subscription end date is set on create and edit through the
 * learner rules, and the expiry sweep expires every account past it once, even with several
 * sweeps at once; Archived accounts stay archived; sessions end; each expiry is audited.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import { buildLearner, buildWorld, TEST_PASSWORD } from '../../../test/support/factories.js';
import { auditLog, users } from '../../db/schema.js';
import { isoDateInZone } from '../../domain/dates.js';
import { END_DATE_PASSED_MESSAGE } from '../learners/rules/subscription-end.js';
import { expireDueAccounts } from './expire-due-accounts.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const daysFromToday = (days: number) =>
  isoDateInZone(new Date(Date.now() + days * 86_400_000), 'Europe/London');

describe('the subscription end date', () => {
  it('is set and cleared on Edit User, read as dd/mm/yyyy too', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right]);
    const [y, m, d] = daysFromToday(30).split('-');
    const set = await admin.request('PATCH', `/api/v1/users/${learner.id}`, {
      version: learner.version,
      subscriptionEndsOn: `${d}/${m}/${y}`,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().subscriptionEndsOn).toBe(daysFromToday(30));
    const cleared = await admin.request('PATCH', `/api/v1/users/${learner.id}`, {
      version: set.json().version,
      subscriptionEndsOn: null,
    });
    expect(cleared.json().subscriptionEndsOn).toBeNull();
  });

  it('refuses a date that is not real or has passed, naming the field', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right]);
    for (const [value, message] of [
      ['31/02/2027', 'Enter a real date'],
      [daysFromToday(-1), END_DATE_PASSED_MESSAGE],
    ]) {
      const answer = await admin.request('PATCH', `/api/v1/users/${learner.id}`, {
        version: learner.version,
        subscriptionEndsOn: value,
      });
      expect(answer.statusCode).toBe(422);
      expect(answer.json().error.fields.subscriptionEndsOn).toContain(message);
    }
  });
});

describe('the expiry sweep', () => {
  it('expires every status but Archived once, with two sweeps at once, ending sessions', async () => {
    const past = daysFromToday(-1);
    const due = await Promise.all(
      (['Prospect', 'Invited', 'FullUser', 'Cancelled'] as const).map((status) =>
        buildLearner(t.db, world.tenant, [world.right], {
          status,
          extra: { subscriptionEndsOn: past },
        }),
      ),
    );
    const archived = await buildLearner(t.db, world.tenant, [world.right], {
      status: 'Archived',
      extra: { subscriptionEndsOn: past },
    });
    const endsToday = await buildLearner(t.db, world.tenant, [world.right], {
      extra: { subscriptionEndsOn: daysFromToday(0) },
    });
    const fullUser = due[2];
    const session = await signIn(t.app, world.tenant.slug, fullUser?.email ?? '', TEST_PASSWORD);

    const counts = await Promise.all([expireDueAccounts(t.db), expireDueAccounts(t.db)]);
    expect(counts[0] + counts[1]).toBeGreaterThanOrEqual(due.length);
    expect(await expireDueAccounts(t.db)).toBe(0);

    const ids = [...due, archived, endsToday].map((user) => user.id);
    const rows = await t.db
      .select({ id: users.id, status: users.subscriptionStatus })
      .from(users)
      .where(inArray(users.id, ids));
    const statusOf = new Map(rows.map((row) => [row.id, row.status]));
    for (const user of due) expect(statusOf.get(user.id)).toBe('Expired');
    expect(statusOf.get(archived.id)).toBe('Archived');
    expect(statusOf.get(endsToday.id)).toBe('FullUser');
    expect((await session.get('/api/v1/session')).statusCode).toBe(401);

    const entries = await t.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'user_expire'),
          inArray(
            auditLog.entityId,
            due.map((user) => String(user.id)),
          ),
        ),
      );
    expect(entries.map((entry) => entry.entityId).sort()).toEqual(
      due.map((user) => String(user.id)).sort(),
    );
  });
});

describe('due to expire', () => {
  it('lists visible users ending in the window, soonest first, and exports them as CSV', async () => {
    const later = await buildLearner(t.db, world.tenant, [world.right], {
      surname: 'Later',
      extra: { subscriptionEndsOn: daysFromToday(20) },
    });
    const sooner = await buildLearner(t.db, world.tenant, [world.right], {
      surname: 'Sooner',
      extra: { subscriptionEndsOn: daysFromToday(3) },
    });
    await buildLearner(t.db, world.tenant, [world.right], {
      extra: { subscriptionEndsOn: daysFromToday(60) },
    });
    await buildLearner(t.db, world.other, [world.otherRoot], {
      extra: { subscriptionEndsOn: daysFromToday(5) },
    });
    const window = `from=${daysFromToday(0)}&to=${daysFromToday(30)}`;
    const listed = await admin.get(`/api/v1/users/due-to-expire?${window}&pageSize=100`);
    expect(listed.statusCode).toBe(200);
    const ids = listed.json().items.map((user: { id: number }) => user.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids.indexOf(sooner.id)).toBeGreaterThanOrEqual(0);
    expect(listed.json().total).toBe(ids.length);

    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    const hidden = await leftAdmin.get(`/api/v1/users/due-to-expire?${window}`);
    expect(hidden.json().items.map((user: { id: number }) => user.id)).not.toContain(sooner.id);

    const csv = await admin.get(`/api/v1/users/due-to-expire.csv?${window}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [d, m, y] = [
      daysFromToday(3).slice(8),
      daysFromToday(3).slice(5, 7),
      daysFromToday(3).slice(0, 4),
    ];
    expect(csv.body).toContain(`Sooner,${sooner.email},learner,Full user,Right,${d}/${m}/${y}`);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFName,Email,Type,Status,Groups,End date');
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const answer = await admin.get(
      `/api/v1/users/due-to-expire?from=${daysFromToday(5)}&to=${daysFromToday(1)}`,
    );
    expect(answer.statusCode).toBe(422);
    expect(answer.json().error.fields.to).toContain('on or after');
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCode, nextIp, register } from '../../../test/support/access-codes.js';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
} from '../../../test/support/factories.js';
import { accessCodes, auditLog, userGroups, users } from '../../db/schema.js';
import { REGISTRATIONS_PER_CODE, REGISTRATIONS_PER_IP } from './registrations.routes.js';

let t: TestApp;
let tenant: Awaited<ReturnType<typeof buildTenant>>;
let college: { id: number; rootId: number; tenantId: number; name: string };
let employer: { id: number; rootId: number; tenantId: number; name: string };
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await buildTenant(t.db, { name: 'Northgate Training' });
  college = await buildGroup(t.db, tenant, 'College');
  employer = await buildGroup(t.db, tenant, 'Employer');
  admin = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [college, employer]));
});
afterAll(() => t.close());

async function generate(groupIds: number[], quantity = 1) {
  const response = await admin.request('POST', '/api/v1/access-codes', { quantity, groupIds });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().items as { id: number; code: string; groupId: number }[];
}

const rowsOf = (code: string) =>
  t.db
    .select()
    .from(accessCodes)
    .where(and(eq(accessCodes.tenantId, tenant.id), eq(accessCodes.code, code)));

describe('self-registration with an access code', () => {
  it('creates a FullUser learner in every group of the code and activates all its rows', async () => {
    const [item] = await generate([college.id, employer.id]);
    const code = item?.code ?? '';
    const typed = code.toLowerCase().replace('-', ' ');
    const response = await register(t.app, tenant.slug, {
      accessCode: typed,
      email: 'Siobhan.Kelly@Example.TEST',
      firstName: ' Siobhán ',
    });
    expect(response.statusCode, response.body).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      type: 'learner',
      firstName: 'Siobhán',
      surname: "O'Brien",
      email: 'Siobhan.Kelly@example.test',
      username: 'Siobhan.Kelly@example.test',
      subscriptionStatus: 'FullUser',
      groupIds: [college.id, employer.id].sort((a, b) => a - b),
    });
    expect(JSON.stringify(user)).not.toMatch(/password/i);
    const memberships = await t.db.select().from(userGroups).where(eq(userGroups.userId, user.id));
    expect(memberships.map((m) => m.groupId).sort()).toEqual([college.id, employer.id].sort());
    const rows = await rowsOf(code);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.activatedAt).toBeInstanceOf(Date);
      expect(row).toMatchObject({
        registeredEmail: 'Siobhan.Kelly@example.test',
        registeredUserId: user.id,
      });
    }
    const grid = (await admin.get(`/api/v1/access-codes?code=${code}`)).json();
    expect(grid.items.map((i: { status: string }) => i.status)).toEqual(['Activated', 'Activated']);
    const signedIn = await signIn(
      t.app,
      tenant.slug,
      'siobhan.kelly@example.test',
      'Sunny-meadow-river-7',
    );
    expect(signedIn.csrfToken).toBeTruthy();
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'self_registered'), eq(auditLog.entityId, String(user.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.ip).toMatch(/^10\./);
  });

  it('refuses a used code, saying so', async () => {
    const [item] = await generate([college.id]);
    expect((await register(t.app, tenant.slug, { accessCode: item?.code ?? '' })).statusCode).toBe(
      201,
    );
    const again = await register(t.app, tenant.slug, { accessCode: item?.code ?? '' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'access_code_used',
      fields: { accessCode: expect.stringMatching(/already been used/) },
    });
    expect(again.json().error.message).toMatch(/^This access code has already been used/);
  });

  it('refuses an expired code; the grid shows it Expired', async () => {
    const row = await insertAccessCode(
      t.db,
      { tenantId: tenant.id, groupId: college.id },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const response = await register(t.app, tenant.slug, { accessCode: row.code });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'access_code_expired',
      message: 'This access code has expired. Ask your training provider for a new one.',
    });
    expect((await rowsOf(row.code))[0]?.activatedAt).toBeNull();
    const grid = (await admin.get(`/api/v1/access-codes?code=${row.code}`)).json();
    expect(grid.items[0].status).toBe('Expired');
  });

  it("answers an unknown code and another tenant's code alike, revealing nothing", async () => {
    const other = await buildTenant(t.db);
    const otherGroup = await buildGroup(t.db, other);
    const foreign = await insertAccessCode(t.db, { tenantId: other.id, groupId: otherGroup.id });
    const unknown = await register(t.app, tenant.slug, { accessCode: 'ZZZZZ-YYYYY' });
    const crossTenant = await register(t.app, tenant.slug, { accessCode: foreign.code });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('access_code_invalid');
    expect(crossTenant.body).toBe(unknown.body);
    expect(await rowsOf(foreign.code)).toEqual([]);
    const malformed = await register(t.app, tenant.slug, { accessCode: 'hello' });
    expect(malformed.json().error.fields.accessCode).toBe(unknown.json().error.fields.accessCode);
  });

  it('tells every field problem at once', async () => {
    const response = await register(t.app, tenant.slug, {
      accessCode: '',
      firstName: '',
      surname: ' ',
      email: 'not-an-email',
      password: 'short',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual({
      accessCode: 'Enter the access code you were given.',
      firstName: 'Enter your first name.',
      surname: 'Enter your surname.',
      email: 'Enter an email address in the correct format, like name@example.co.uk.',
      password: 'The password must be at least 10 characters long.',
    });
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/${tenant.slug}/registrations`,
      payload: {},
      remoteAddress: nextIp(),
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields.email).toBe('Enter your email address.');
  });

  it('applies the password policy', async () => {
    const [item] = await generate([college.id]);
    const response = await register(t.app, tenant.slug, {
      accessCode: item?.code ?? '',
      email: 'jo.bloggs@example.test',
      password: 'jo.bloggs-2026',
    });
    expect(response.json().error.fields).toEqual({
      password: 'The password must not contain the email address.',
    });
  });

  it('refuses an email already in use in the tenant, in any case, and leaves the code unused', async () => {
    await buildLearner(t.db, tenant, [college], { email: 'Taken.Person@example.test' });
    const [item] = await generate([college.id]);
    const response = await register(t.app, tenant.slug, {
      accessCode: item?.code ?? '',
      email: 'taken.person@EXAMPLE.test',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields.email).toMatch(/already has an account/);
    expect((await rowsOf(item?.code ?? ''))[0]?.activatedAt).toBeNull();
  });

  it('is not found for an unknown tenant; the page endpoint names a known one', async () => {
    expect(
      (await register(t.app, 'no-such-provider', { accessCode: 'ZZZZZ-YYYYY' })).statusCode,
    ).toBe(404);
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/public/${tenant.slug}` });
    expect(page.json()).toEqual({ slug: tenant.slug, name: 'Northgate Training' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/public/no-such-provider' })).statusCode,
    ).toBe(404);
  });
});

describe('a code is used once', () => {
  it('lets exactly one of 50 parallel registrations with one code through', async () => {
    const [item] = await generate([college.id, employer.id]);
    const code = item?.code ?? '';
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        register(t.app, tenant.slug, { accessCode: code, email: `racer-${i}@example.test` }),
      ),
    );
    const created = responses.filter((response) => response.statusCode === 201);
    expect(created).toHaveLength(1);
    const losers = responses.filter((response) => response.statusCode !== 201);
    expect(losers.map((response) => response.statusCode)).toEqual(Array(49).fill(409));
    for (const loser of losers) expect(loser.json().error.message).toMatch(/already been used/);
    const winner = created[0]?.json();
    const rows = await rowsOf(code);
    expect(rows.map((row) => row.registeredUserId)).toEqual([winner.id, winner.id]);
    const racers = await t.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.tenantId, tenant.id), eq(users.firstName, 'Aoife')));
    expect(racers.filter((racer) => racer.id === winner.id)).toHaveLength(1);
    const accounts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.db
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, `racer-${i}@example.test`)),
      ),
    );
    expect(accounts.flat()).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('limits attempts from one address', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i <= REGISTRATIONS_PER_IP.max; i++)
      statuses.push(
        (
          await register(
            t.app,
            tenant.slug,
            { accessCode: `ZZZZZ-${String(i).padStart(5, 'Z')}`, password: 'x' },
            ip,
          )
        ).statusCode,
      );
    expect(statuses.slice(0, -1).every((status) => status === 422)).toBe(true);
    const limited = await register(t.app, tenant.slug, { accessCode: 'ZZZZZ-ZZZZZ' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(
      (await register(t.app, tenant.slug, { accessCode: 'ZZZZZ-ZZZZZ' }, nextIp())).statusCode,
    ).not.toBe(429);
  });

  it('limits attempts on one code guess from many addresses', async () => {
    const guess = 'ZZZZZ-XXXXX';
    for (let i = 0; i < REGISTRATIONS_PER_CODE.max; i++)
      expect(
        (await register(t.app, tenant.slug, { accessCode: guess, password: 'x' })).statusCode,
      ).toBe(422);
    const limited = await register(t.app, tenant.slug, { accessCode: 'zzzzzxxxxx', password: 'x' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/too many attempts with this access code/);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });
});

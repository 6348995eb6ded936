/**
 * Issue 12, access codes: revoking unused codes (a revoked code registers no one) and extending
 * their expiry, for chosen codes; refusals for used or revoked codes; an audit entry a row; and
 * the break-ins: another tenant's codes, codes outside the caller's groups, the wrong callers.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCode, register } from '../../../test/support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
} from '../../../test/support/factories.js';
import { accessCodes, auditLog } from '../../db/schema.js';
import { isoDateInZone } from '../../domain/dates.js';

let t: TestApp;
let tenant: Awaited<ReturnType<typeof buildTenant>>;
let college: Awaited<ReturnType<typeof buildGroup>>;
let employer: Awaited<ReturnType<typeof buildGroup>>;
let admin: Client;
let collegeAdmin: Client;
let otherAdmin: Client;
let support: Client;
let learner: Client;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await buildTenant(t.db);
  college = await buildGroup(t.db, tenant, 'College');
  employer = await buildGroup(t.db, tenant, 'Employer');
  admin = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [college, employer]));
  collegeAdmin = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [college]));
  support = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [], { role: 'support' }));
  learner = await signInAs(t, tenant, await buildLearner(t.db, tenant, [college]));
  const other = await buildTenant(t.db);
  const otherRoot = await buildGroup(t.db, other, 'Elsewhere');
  otherAdmin = await signInAs(t, other, await buildAdmin(t.db, other, [otherRoot]));
});
afterAll(() => t.close());

/** One code recorded in both groups, as generating for two groups makes it. */
async function sharedCode(overrides: Parameters<typeof insertAccessCode>[2] = {}) {
  const first = await insertAccessCode(
    t.db,
    { tenantId: tenant.id, groupId: college.id },
    overrides,
  );
  const second = await insertAccessCode(
    t.db,
    { tenantId: tenant.id, groupId: employer.id },
    { ...overrides, code: first.code },
  );
  return { first, second, code: first.code };
}

const rowsOf = (code: string) =>
  t.db
    .select()
    .from(accessCodes)
    .where(and(eq(accessCodes.tenantId, tenant.id), eq(accessCodes.code, code)))
    .orderBy(accessCodes.id);

const entriesFor = (ids: number[], action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'access_code'),
        eq(auditLog.action, action),
        inArray(auditLog.entityId, ids.map(String)),
      ),
    );

const revoke = (client: Client, ids: number[]) =>
  client.request('POST', '/api/v1/access-codes/revoke', { ids });
const extend = (client: Client, ids: number[], expiresOn: string) =>
  client.request('POST', '/api/v1/access-codes/extend', { ids, expiresOn });

const inDays = (days: number) => isoDateInZone(new Date(Date.now() + days * DAY), 'Europe/London');

describe('revoking access codes', () => {
  it('revokes the code in every group of the caller; it then registers no one', async () => {
    const { first, second, code } = await sharedCode();
    const answer = await revoke(admin, [first.id]);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().items.map((item: { id: number }) => item.id)).toEqual([
      first.id,
      second.id,
    ]);
    expect(answer.json().items.every((item: { status: string }) => item.status === 'Revoked')).toBe(
      true,
    );
    for (const row of await rowsOf(code)) expect(row.revokedAt).not.toBeNull();

    const registration = await register(t.app, tenant.slug, { accessCode: code });
    expect(registration.statusCode).toBe(422);
    expect(registration.json().error).toMatchObject({
      code: 'access_code_revoked',
      fields: { accessCode: expect.stringMatching(/withdrawn/) },
    });

    const grid = (await admin.get(`/api/v1/access-codes?code=${code}&status=Revoked`)).json();
    expect(grid.total).toBe(2);
    const entries = await entriesFor([first.id, second.id], 'access_code_revoked');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.before).toMatchObject({ code, revokedAt: null });
    expect(entries[0]?.after).toMatchObject({ code, revokedAt: expect.any(String) });
  });

  it('refuses the whole request when one chosen code is used, and changes nothing', async () => {
    const unused = await insertAccessCode(t.db, { tenantId: tenant.id, groupId: college.id });
    const used = await insertAccessCode(
      t.db,
      { tenantId: tenant.id, groupId: college.id },
      { activatedAt: new Date(), registeredEmail: 'used@example.test' },
    );
    const answer = await revoke(admin, [unused.id, used.id]);
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('access_code_used');
    expect(answer.json().error.message).toContain(used.code);
    expect((await rowsOf(unused.code))[0]?.revokedAt).toBeNull();
    expect(await entriesFor([unused.id], 'access_code_revoked')).toHaveLength(0);
  });

  it('refuses a code already revoked', async () => {
    const row = await insertAccessCode(
      t.db,
      { tenantId: tenant.id, groupId: college.id },
      { revokedAt: new Date() },
    );
    const answer = await revoke(admin, [row.id]);
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('access_code_revoked');
  });

  it('leaves the rows of a code in groups the caller cannot access alone', async () => {
    const { first, second, code } = await sharedCode();
    expect((await revoke(collegeAdmin, [first.id])).statusCode).toBe(200);
    const [inCollege, inEmployer] = await rowsOf(code);
    expect(inCollege?.revokedAt).not.toBeNull();
    expect(inEmployer?.id).toBe(second.id);
    expect(inEmployer?.revokedAt).toBeNull();
  });
});

describe('extending access codes', () => {
  it('extends an expired code to the end of the chosen day; it registers again', async () => {
    const { first, second, code } = await sharedCode({ expiresAt: new Date(Date.now() - DAY) });
    const day = inDays(10);
    const answer = await extend(admin, [second.id], day);
    expect(answer.statusCode, answer.body).toBe(200);
    const items = answer.json().items as { status: string; expiresAt: string }[];
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.status).toBe('NotActivated');
      const last = new Date(new Date(item.expiresAt).getTime() - 1);
      expect(isoDateInZone(last, 'Europe/London')).toBe(day);
      expect(isoDateInZone(new Date(item.expiresAt), 'Europe/London')).toBe(inDays(11));
    }
    const entries = await entriesFor([first.id, second.id], 'access_code_extended');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.after).toMatchObject({ code, expiresAt: items[0]?.expiresAt });

    const registration = await register(t.app, tenant.slug, { accessCode: code });
    expect(registration.statusCode, registration.body).toBe(201);
  });

  it('refuses a day already past, used codes and revoked codes', async () => {
    const unused = await insertAccessCode(t.db, { tenantId: tenant.id, groupId: college.id });
    const past = await extend(admin, [unused.id], inDays(-1));
    expect(past.statusCode).toBe(422);
    expect(past.json().error.fields.expiresOn).toMatch(/today/);

    const used = await insertAccessCode(
      t.db,
      { tenantId: tenant.id, groupId: college.id },
      { activatedAt: new Date() },
    );
    const refused = await extend(admin, [used.id], inDays(5));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('access_code_used');

    const revoked = await insertAccessCode(
      t.db,
      { tenantId: tenant.id, groupId: college.id },
      { revokedAt: new Date() },
    );
    const again = await extend(admin, [revoked.id], inDays(5));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('access_code_revoked');
    expect((await rowsOf(revoked.code))[0]?.expiresAt).toEqual(revoked.expiresAt);
  });

  it('refuses nonsense bodies', async () => {
    for (const body of [
      { ids: [], expiresOn: inDays(3) },
      { ids: [1], expiresOn: '31/12/2030' },
      { ids: ['1'], expiresOn: inDays(3) },
    ]) {
      const answer = await admin.request('POST', '/api/v1/access-codes/extend', body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(422);
    }
  });
});

describe('break-in attempts', () => {
  it("is not found for another tenant's administrator and for codes outside the groups", async () => {
    const inEmployer = await insertAccessCode(t.db, { tenantId: tenant.id, groupId: employer.id });
    for (const [client, ids] of [
      [otherAdmin, [inEmployer.id]],
      [collegeAdmin, [inEmployer.id]],
      [admin, [2_000_000_000]],
    ] as const) {
      expect((await revoke(client, [...ids])).statusCode).toBe(404);
      expect((await extend(client, [...ids], inDays(3))).statusCode).toBe(404);
    }
    const [row] = await rowsOf(inEmployer.code);
    expect(row?.revokedAt).toBeNull();
    expect(row?.expiresAt).toEqual(inEmployer.expiresAt);
  });

  it('mixing a visible code with a hidden one changes neither', async () => {
    const mine = await insertAccessCode(t.db, { tenantId: tenant.id, groupId: college.id });
    const hidden = await insertAccessCode(t.db, { tenantId: tenant.id, groupId: employer.id });
    expect((await revoke(collegeAdmin, [mine.id, hidden.id])).statusCode).toBe(404);
    expect((await rowsOf(mine.code))[0]?.revokedAt).toBeNull();
  });

  it('is refused to platform support and to learners', async () => {
    const row = await insertAccessCode(t.db, { tenantId: tenant.id, groupId: college.id });
    expect((await revoke(support, [row.id])).statusCode).toBe(403);
    expect((await revoke(learner, [row.id])).statusCode).toBe(403);
    expect((await extend(learner, [row.id], inDays(3))).statusCode).toBe(403);
  });
});

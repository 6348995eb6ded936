import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildTenant,
  buildWorld,
} from '../../../test/support/factories.js';
import { accessCodes, auditLog, tenants } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { generateAccessCodes } from './generate-access-codes.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CODE = /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;

async function build(tenantValues: Partial<typeof tenants.$inferInsert> = {}) {
  const tenant = await buildTenant(t.db, tenantValues);
  const rootA = await buildGroup(t.db, tenant, 'College A');
  const childA = await buildGroup(t.db, tenant, 'Campus A1', rootA);
  const rootB = await buildGroup(t.db, tenant, 'College B');
  const admin = await buildAdmin(t.db, tenant, [rootA, rootB]);
  return { tenant, rootA, childA, rootB, admin };
}

// Sign-in is rate-limited per address (20 a minute), so each test signs in at most once.
async function setUp(tenantValues: Partial<typeof tenants.$inferInsert> = {}) {
  const world = await build(tenantValues);
  return { ...world, client: await signInAs(t, world.tenant, world.admin) };
}

const generate = (client: Client, body: unknown) =>
  client.request('POST', '/api/v1/access-codes', body);

const issued = async (tenantId: number) => {
  const [row] = await t.db
    .select({ issued: tenants.accessCodesIssued })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.issued;
};

describe('generating access codes', () => {
  it('makes the same unguessable codes for each chosen group, warns about it, and audits it', async () => {
    const { tenant, childA, rootB, admin, client } = await setUp({ accessCodeValidityDays: 30 });
    const response = await generate(client, {
      quantity: 3,
      description: 'Spring intake',
      groupIds: [childA.id, rootB.id],
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.items).toHaveLength(6);
    expect(body.warnings[0]).toMatch(/same 3 codes were made for each of the 2 groups/);
    expect(body.remaining).toBe(1000 - 6);
    const inA = body.items.filter((item: { groupId: number }) => item.groupId === childA.id);
    const inB = body.items.filter((item: { groupId: number }) => item.groupId === rootB.id);
    expect(inA.map((item: { code: string }) => item.code)).toEqual(
      inB.map((item: { code: string }) => item.code),
    );
    expect(new Set(inA.map((item: { code: string }) => item.code)).size).toBe(3);
    for (const item of body.items) {
      expect(item.code).toMatch(CODE);
      expect(item).toMatchObject({
        status: 'NotActivated',
        description: 'Spring intake',
        creatorEmail: admin.email,
        registeredEmail: null,
        activatedAt: null,
      });
      const days = (Date.parse(item.expiresAt) - Date.parse(item.issuedAt)) / 86_400_000;
      expect(Math.round(days)).toBe(30);
    }
    expect(inA[0].groupName).toBe('Campus A1');
    expect(await issued(tenant.id)).toBe(6);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'access_codes_generated')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({
      quantity: 3,
      rows: 6,
      groupIds: [childA.id, rootB.id],
    });
  });

  it('gives no warning for a single group and accepts quantity typed as digits', async () => {
    const { rootA, client } = await setUp();
    const response = await generate(client, { quantity: '2', groupIds: [rootA.id] });
    expect(response.statusCode).toBe(201);
    expect(response.json().warnings).toEqual([]);
    expect(response.json().items).toHaveLength(2);
  });

  it('refuses a quantity that is not a whole number from 1, in digits, with a clear field error', async () => {
    const { tenant, rootA, client } = await setUp();
    for (const quantity of [0, -1, 1.5, 'abc', '12a', ' ', '1e3', '-2', 10_001, null]) {
      const response = await generate(client, { quantity, groupIds: [rootA.id] });
      expect(response.statusCode, JSON.stringify(quantity)).toBe(422);
      expect(response.json().error.fields.quantity).toBe(
        'Quantity must be a whole number from 1 to 10000, in digits only.',
      );
    }
    expect(await issued(tenant.id)).toBe(0);
  });

  it('refuses a request without groups', async () => {
    const { client } = await setUp();
    for (const body of [{ quantity: 1, groupIds: [] }, { quantity: 1 }]) {
      const response = await generate(client, body);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.fields.groupIds).toBe('Choose at least one group.');
    }
  });

  it('refuses groups of one root hierarchy together, saying why', async () => {
    const { rootA, childA, client } = await setUp();
    const response = await generate(client, { quantity: 1, groupIds: [rootA.id, childA.id] });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields.groupIds).toMatch(
      /only one group of each hierarchy.*choose one group per hierarchy/s,
    );
  });

  it('refuses groups the administrator cannot access, and other tenants\u2019 groups, alike', async () => {
    const world = await buildWorld(t.db);
    const sibling = await signInAs(t, world.tenant, world.leftAdmin);
    for (const group of [world.right, world.otherRoot]) {
      const response = await generate(sibling, { quantity: 1, groupIds: [group.id] });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.fields.groupIds).toBe(
        `You cannot use the group with ID ${group.id}: it does not exist or you do not have access to it.`,
      );
    }
    const rows = await t.db
      .select()
      .from(accessCodes)
      .where(eq(accessCodes.tenantId, world.tenant.id));
    expect(rows).toEqual([]);
  });

  it('is refused to platform support, who has no groups', async () => {
    const { tenant, rootA } = await setUp();
    const support = await buildAdmin(t.db, tenant, [], { role: 'support' });
    const response = await generate(await signInAs(t, tenant, support), {
      quantity: 1,
      groupIds: [rootA.id],
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('the tenant limit', () => {
  it('counts rows, allows reaching it exactly, and says how many remain when a request would pass it', async () => {
    const { tenant, rootA, rootB, client } = await setUp({ accessCodeLimit: 10 });
    expect(
      (await generate(client, { quantity: 4, groupIds: [rootA.id, rootB.id] })).statusCode,
    ).toBe(201);
    const over = await generate(client, { quantity: 2, groupIds: [rootA.id, rootB.id] });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('access_code_limit_reached');
    expect(over.json().error.message).toBe(
      "You asked for 4 access codes (2 for each of 2 groups), but only 2 of your organisation's limit of 10 remain. Ask for fewer, or ask platform support to raise the limit.",
    );
    expect(over.json().error.fields.quantity).toBe(over.json().error.message);
    expect(await issued(tenant.id)).toBe(8);
    const exact = await generate(client, { quantity: 2, groupIds: [rootA.id] });
    expect(exact.statusCode).toBe(201);
    expect(exact.json().remaining).toBe(0);
    const none = await generate(client, { quantity: 1, groupIds: [rootA.id] });
    expect(none.json().error.message).toMatch(/has issued all 10 access codes/);
  });

  it('holds under concurrency: parallel requests together asking for more never pass it', async () => {
    const { tenant, rootA, client } = await setUp({ accessCodeLimit: 25 });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => generate(client, { quantity: 3, groupIds: [rootA.id] })),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(8);
    expect(statuses.filter((status) => status === 409)).toHaveLength(2);
    expect(await issued(tenant.id)).toBe(24);
    const rows = await t.db
      .select({ code: accessCodes.code })
      .from(accessCodes)
      .where(eq(accessCodes.tenantId, tenant.id));
    expect(rows).toHaveLength(24);
    expect(new Set(rows.map((row) => row.code)).size).toBe(24);
  });
});

describe('uniqueness', () => {
  it('redraws a code the tenant already holds', async () => {
    const { tenant, rootA, rootB, admin } = await build();
    const actor: AdminActor = {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      userId: admin.id,
      type: 'admin',
      adminRole: 'standard',
      email: admin.email,
      firstName: admin.firstName,
      surname: admin.surname,
      accessibleGroupIds: new Set([rootA.id, rootB.id]),
      via: 'session',
      csrfToken: null,
    };
    // The first ten bytes always spell one code; then a second one follows.
    const script = [...Array(10).fill(0), ...Array(10).fill(0), ...Array(10).fill(1)];
    let next = 0;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => script[next++ % script.length] ?? 0);
    const first = await generateAccessCodes(
      t.db,
      actor,
      { quantity: 1, description: null, groupIds: [rootA.id] },
      { randomBytes: () => new Uint8Array(16) },
    );
    expect(first.items[0]?.code).toBe('22222-22222');
    const second = await generateAccessCodes(
      t.db,
      actor,
      { quantity: 1, description: null, groupIds: [rootB.id] },
      { randomBytes: random },
    );
    expect(second.items[0]?.code).not.toBe('22222-22222');
    expect(second.items[0]?.code).toMatch(CODE);
  });

  it('throws an AppError the handler can show for a forbidden actor', async () => {
    const { tenant, rootA } = await build();
    // A learner cannot even be passed (AdminActor); platform support can, and is refused.
    const supportActor: AdminActor = {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      userId: 1,
      type: 'admin',
      adminRole: 'support',
      email: null,
      firstName: 'L',
      surname: 'L',
      accessibleGroupIds: new Set(),
      via: 'session',
      csrfToken: null,
    };
    await expect(
      generateAccessCodes(t.db, supportActor, {
        quantity: 1,
        description: null,
        groupIds: [rootA.id],
      }),
    ).rejects.toBeInstanceOf(AppError);
  });
});

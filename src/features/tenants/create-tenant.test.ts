import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import { buildAdmin, buildWorld } from '../../../test/support/factories.js';
import { adminGroupAccess, auditLog, outbox, tenants, users } from '../../db/schema.js';
import { activationLinkIn } from '../invitations/activation-email.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let support: Client;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  support = await signInAs(
    t,
    world.tenant,
    await buildAdmin(t.db, world.tenant, [], { role: 'support' }),
  );
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const newTenant = (slug: string, email = `first.admin@${slug}.example`) => ({
  slug,
  name: `${slug} Training`,
  firstAdministrator: { firstName: 'Fiona', surname: "O'Hara", email },
});

/** The activation token of the newest email to `to`, read from the outbox. */
async function tokenFor(to: string) {
  const mails = await t.db.select().from(outbox).where(eq(outbox.toAddress, to));
  const link = activationLinkIn(mails.at(-1)?.textBody ?? '');
  return new URL(link ?? 'http://x/').searchParams.get('token');
}

describe('POST /tenants (platform support)', () => {
  it('creates the tenant and its first administrator, invited; they activate and sign in to it', async () => {
    const response = await support.request('POST', '/api/v1/tenants', {
      ...newTenant('acme-training'),
      settings: {
        fields: { title: 'mandatory' },
        features: { saml: false, console: true, classic: true, multiFactor: false },
        samlIdentityProviders: [],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      slug: 'acme-training',
      name: 'acme-training Training',
      firstAdministrator: {
        email: 'first.admin@acme-training.example',
        subscriptionStatus: 'Invited',
      },
    });
    expect(body.settings.fields.title).toBe('mandatory');
    const [row] = await t.db.select().from(users).where(eq(users.id, body.firstAdministrator.id));
    expect(row).toMatchObject({ tenantId: body.id, type: 'admin', adminRole: 'standard' });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.tenantId, body.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'invitation_sent',
      'tenant_created',
    ]);

    const token = await tokenFor('first.admin@acme-training.example');
    expect(token).toBeTruthy();
    const activated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, password: 'Orange-kettle-99' },
    });
    expect(activated.statusCode, activated.body).toBe(200);
    const first = await signIn(
      t.app,
      'acme-training',
      'first.admin@acme-training.example',
      'Orange-kettle-99',
    );
    const session = (await first.get('/api/v1/session')).json();
    expect(session).toMatchObject({ user: { type: 'admin' } });
    // Full access in a tenant without groups yet: they add its first root hierarchy and hold it.
    const root = await first.request('POST', '/api/v1/groups', { name: 'Acme College' });
    expect(root.statusCode, root.body).toBe(201);
    const grants = await t.db
      .select()
      .from(adminGroupAccess)
      .where(eq(adminGroupAccess.adminId, body.firstAdministrator.id));
    expect(grants.map((grant) => grant.groupId)).toEqual([root.json().id]);
    // …in their own tenant, where they are its one administrator.
    const administrators = (await first.get('/api/v1/administrators')).json();
    expect(administrators.items.map((item: { email: string }) => item.email)).toEqual([
      'first.admin@acme-training.example',
    ]);
  });

  it('refuses a slug that breaks the rules, naming the field', async () => {
    for (const slug of [
      'Acme',
      'acme_training',
      '-acme',
      'acme--x',
      'a',
      'x'.repeat(41),
      'acme training',
    ]) {
      const response = await support.request('POST', '/api/v1/tenants', newTenant(slug));
      expect(response.statusCode, slug).toBe(422);
      expect(Object.keys(response.json().error.fields), slug).toEqual(['slug']);
    }
  });

  it('answers 409 slug_taken for a slug in use, whatever the case typed', async () => {
    const first = await support.request('POST', '/api/v1/tenants', newTenant('bright-care'));
    expect(first.statusCode).toBe(201);
    const again = await support.request(
      'POST',
      '/api/v1/tenants',
      newTenant('bright-care', 'other@x.example'),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'slug_taken' });
    expect(again.json().error.fields.slug).toMatch(/already used/);
    const taken = await support.request('POST', '/api/v1/tenants', newTenant(world.tenant.slug));
    expect(taken.statusCode).toBe(409);
  });

  it('leaves no tenant behind when the first administrator is refused', async () => {
    const response = await support.request('POST', '/api/v1/tenants', {
      ...newTenant('half-made'),
      firstAdministrator: { firstName: '', surname: 'X', email: 'not an email' },
    });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(response.json().error.fields).sort()).toEqual([
      'firstAdministrator.email',
      'firstAdministrator.firstName',
    ]);
    expect(await t.db.select().from(tenants).where(eq(tenants.slug, 'half-made'))).toEqual([]);
  });

  it('is platform support only: an administrator, even with full access, gets 403', async () => {
    const response = await admin.request('POST', '/api/v1/tenants', newTenant('sneaky'));
    expect(response.statusCode).toBe(403);
    expect((await admin.get('/api/v1/tenants')).statusCode).toBe(403);
    expect(
      (await admin.request('PATCH', `/api/v1/tenants/${world.other.id}`, { name: 'X' })).statusCode,
    ).toBe(403);
  });
});

describe('GET /tenants and PATCH /tenants/{id}', () => {
  it('lists every tenant with its counts', async () => {
    const list = (await support.get('/api/v1/tenants')).json();
    const slugs = list.items.map((item: { slug: string }) => item.slug);
    expect(slugs).toEqual(expect.arrayContaining([world.tenant.slug, world.other.slug]));
    const mine = list.items.find((item: { slug: string }) => item.slug === world.tenant.slug);
    expect(mine.administrators).toBe(2);
  });

  it("changes another tenant's settings, audited in that tenant; an unknown tenant is 404", async () => {
    const changed = await support.request('PATCH', `/api/v1/tenants/${world.other.id}`, {
      accessCodeLimit: 7,
      name: 'Renamed Ltd',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      id: world.other.id,
      accessCodeLimit: 7,
      name: 'Renamed Ltd',
    });
    const got = await support.get(`/api/v1/tenants/${world.other.id}`);
    expect(got.json().accessCodeLimit).toBe(7);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.tenantId, world.other.id));
    expect(audit.some((entry) => entry.action === 'tenant_updated')).toBe(true);
    expect(
      (await support.request('PATCH', '/api/v1/tenants/999999', { name: 'X' })).statusCode,
    ).toBe(404);
  });
});

describe('npm run tenant (operators)', () => {
  it('creates a tenant from the command line and prints the activation link without SMTP', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-cli-'));
    try {
      const env = {
        ...process.env,
        ROSTER_DATA_DIR: dir,
        DATABASE_URL: '',
        SMTP_URL: '',
        PUBLIC_URL: 'http://roster.test',
      };
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/tenant.ts', ...args], {
          env,
          encoding: 'utf8',
          timeout: 120_000,
        });
      const created = run(
        'create',
        '--slug',
        'acme',
        '--name',
        'Acme Training',
        '--admin',
        'admin@acme.example',
      );
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toContain('Created tenant "acme" (Acme Training)');
      expect(created.stdout).toMatch(/http:\/\/roster\.test\/activate\?token=[\w-]{20,}/);
      const again = run('create', '--slug', 'acme', '--name', 'Again', '--admin', 'b@acme.example');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("The slug 'acme' is already used");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

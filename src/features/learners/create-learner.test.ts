import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  setTenantSettings,
} from '../../../test/support/learner-world.js';
import { auditLog, outbox, userGroups, users, userTokens } from '../../db/schema.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let leftAdmin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
});
afterAll(() => t.close());

let n = 0;
const base = () => ({
  invite: false,
  firstName: 'Amanda',
  surname: 'Durnall',
  gender: 'female',
  email: `amanda.${++n}@example.test`,
  groupIds: [w.groups.left.id],
});
const create = (body: Record<string, unknown>, client = admin) =>
  client.request('POST', '/api/v1/learners', { ...base(), ...body });

describe('POST /learners', () => {
  it('creates a Prospect with the defaults: username = email, case owner = creator, console access', async () => {
    const response = await create({
      email: 'Prospect.One@Example.TEST',
      mobile: '07700 900123',
      gender: 'female',
    });
    expect(response.statusCode, response.body).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      type: 'learner',
      subscriptionStatus: 'Prospect',
      email: 'Prospect.One@example.test',
      username: 'Prospect.One@example.test',
      caseOwnerId: w.admins.admin.id,
      groupIds: [w.groups.left.id],
      consoleAccess: true,
      classicAccess: false,
      authenticationType: 'password',
      gender: 'female',
      version: 1,
    });
    const mails = await t.db.select().from(outbox).where(eq(outbox.userId, user.id));
    expect(mails).toHaveLength(0);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'learner_created'), eq(auditLog.entityId, String(user.id))));
    expect(audit?.after).toMatchObject({
      firstName: 'Amanda',
      groupIds: [w.groups.left.id],
      invite: false,
    });
  });

  it('with invite: Invited, a hashed activation token and the email in the outbox', async () => {
    const response = await create({ invite: true, email: 'invited.one@example.test' });
    expect(response.statusCode, response.body).toBe(201);
    const user = response.json();
    expect(user.subscriptionStatus).toBe('Invited');
    const mails = await t.db.select().from(outbox).where(eq(outbox.userId, user.id));
    expect(mails.map((mail) => mail.toAddress)).toEqual(['invited.one@example.test']);
    expect(mails[0]?.textBody).toMatch(/activate\?token=/);
    const tokens = await t.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    expect(tokens).toHaveLength(1);
  });

  it('writes nothing when the activation email cannot be queued (rolls back)', async () => {
    await t.db.execute(sql`
      create or replace function refuse_probe_mail() returns trigger language plpgsql as $$
      begin
        if new.to_address like 'refused%' then raise exception 'outbox unavailable'; end if;
        return new;
      end $$`);
    await t.db.execute(
      sql`create trigger refuse_probe_mail before insert on outbox for each row execute function refuse_probe_mail()`,
    );
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    const response = await create({ invite: true, email: 'refused@example.test' });
    expect(response.statusCode).toBe(500);
    const rows = await t.db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = 'refused@example.test'`);
    expect(rows).toHaveLength(0);
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after[0]?.n).toBe(before[0]?.n);
    await t.db.execute(sql`drop trigger refuse_probe_mail on outbox`);
  });

  it('names every missing mandatory field at once (first name, surname, gender, email, group)', async () => {
    const response = await admin.request('POST', '/api/v1/learners', { invite: false });
    const fields = fieldsOf(response);
    expect(fields).toEqual({
      firstName: 'Enter the first name.',
      surname: 'Enter the surname.',
      gender: 'Choose Male or Female.',
      email: 'Enter the email address.',
      groupIds: 'Please specify the user group.',
    });
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('requires the gender ("Gender (M)" on Add user), and writes nothing without it', async () => {
    const { gender: _left, ...body } = base();
    const response = await admin.request('POST', '/api/v1/learners', body);
    expect(fieldsOf(response)).toEqual({ gender: 'Choose Male or Female.' });
    expect(fieldsOf(await create({ gender: null }))).toEqual({ gender: 'Choose Male or Female.' });
    const rows = await t.db.select().from(users).where(eq(users.email, body.email));
    expect(rows).toHaveLength(0);
    expect((await create({ gender: 'male' })).json().gender).toBe('male');
  });

  it('requires the invite choice', async () => {
    const { invite: _left, ...body } = base();
    const response = await admin.request('POST', '/api/v1/learners', body);
    expect(fieldsOf(response).invite).toBe('Choose whether to invite the learner now.');
  });

  it('refuses a group the administrator cannot access, or of another tenant', async () => {
    const right = await create({ groupIds: [w.groups.right.id] }, leftAdmin);
    expect(fieldsOf(right).groupIds).toMatch(/do not have access/);
    const foreign = await create({ groupIds: [w.other.root.id] });
    expect(fieldsOf(foreign).groupIds).toMatch(/do not have access/);
    const twoInOneRoot = await create({ groupIds: [w.groups.left.id, w.groups.right.id] });
    expect(fieldsOf(twoInOneRoot).groupIds).toMatch(/only one group of each hierarchy/);
    const twoRoots = await create({ groupIds: [w.groups.left.id, w.groups.digital.id] });
    expect(twoRoots.statusCode).toBe(201);
    expect(twoRoots.json().groups.map((group: { name: string }) => group.name)).toEqual([
      'Digital',
      'Left',
    ]);
  });

  it('applies a programme offered by the chosen groups (application or delivery) only', async () => {
    const ok = await create({ programmeId: w.programmes.eligibility.id });
    expect(ok.json().programmeId).toBe(w.programmes.eligibility.id);
    const notOffered = await create({ programmeId: w.programmes.care.id });
    expect(fieldsOf(notOffered).programmeId).toBe(
      "Choose a programme offered by the learner's groups.",
    );
    const foreign = await create({ programmeId: 999_999 });
    expect(fieldsOf(foreign).programmeId).toBeTruthy();
  });

  it('takes another case owner with access to the groups, and refuses one without', async () => {
    const ok = await create({ caseOwnerId: w.admins.leftAdmin.id });
    expect(ok.json().caseOwnerId).toBe(w.admins.leftAdmin.id);
    for (const caseOwnerId of [
      w.admins.rightAdmin.id,
      w.admins.archivedAdmin.id,
      w.employers.acmeLeft.id,
    ]) {
      const refused = await create({ caseOwnerId });
      expect(fieldsOf(refused).caseOwnerId).toMatch(/Choose a case owner/);
    }
  });

  it('numbers a learner the programme is applied to from its template, keeping a typed number', async () => {
    const typed = await create({ programmeId: w.programmes.software.id, referenceNumber: 'ABC01' });
    expect(typed.json().referenceNumber).toBe('ABC01');
    const kept = await create({
      programmeId: w.programmes.software.id,
      referenceNumber: 'SD-02255',
    });
    expect(kept.json().referenceNumber).toBe('SD-02255');
    const next = await create({ programmeId: w.programmes.software.id });
    expect(next.json().referenceNumber).toBe('SD-02256');
    const blank = await create({ programmeId: w.programmes.software.id, referenceNumber: ' ' });
    expect(blank.json().referenceNumber).toBe('SD-02257');
    const free = await create({ referenceNumber: ' ABC01 ' });
    expect(free.json().referenceNumber).toBe('ABC01');
    const long = await create({ referenceNumber: 'x'.repeat(256) });
    expect(fieldsOf(long).referenceNumber).toBe(
      'The reference number can be at most 255 characters long.',
    );
  });

  it('asks for a mandatory reference number unless the programme applied now numbers the learner', async () => {
    await setTenantSettings(t.db, w.tenant.id, { fields: { referenceNumber: 'mandatory' } });
    try {
      expect(fieldsOf(await create({})).referenceNumber).toBe('Reference number is required.');
      const numbered = await create({ programmeId: w.programmes.software.id });
      expect(numbered.json().referenceNumber).toMatch(/^SD-\d{5}$/);
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });

  it('refuses an email or username already registered, saying whose only to those who may see it', async () => {
    const holder = await addLearner(t.db, w, {
      email: 'taken@example.test',
      groups: [w.groups.right],
      firstName: 'Hal',
      surname: 'Holder',
    });
    const seen = await create({ email: 'TAKEN@example.test' });
    expect(fieldsOf(seen).email).toBe(
      `The email address 'TAKEN@example.test' is already registered to another account and cannot be used with this account. Please check that you have typed the address correctly. It is the account of Hal Holder (learner, Full user, user ID ${holder.id}).`,
    );
    const unseen = await create({ email: 'taken@example.test' }, leftAdmin);
    expect(fieldsOf(unseen).email).toBe(
      "The email address 'taken@example.test' is already registered to another account and cannot be used with this account. Please check that you have typed the address correctly.",
    );
    const username = await create({ username: 'TAKEN@example.test' });
    expect(fieldsOf(username).username).toBe(
      "The username 'TAKEN@example.test' is already taken. Choose another.",
    );
  });

  it('refuses hidden fields and asks for mandatory ones as the tenant is set up', async () => {
    await setTenantSettings(t.db, w.tenant.id, {
      fields: {
        title: 'hidden',
        preferredName: 'mandatory',
        employer: 'mandatory',
        postcode: 'mandatory',
      },
    });
    try {
      const response = await create({ title: 'Ms' });
      expect(fieldsOf(response)).toEqual({
        title: 'Title is not used in this organisation.',
        preferredName: 'Preferred name is required.',
        employerId: 'Employer is required.',
        'address.postcode': 'Postcode is required.',
      });
      const ok = await create({
        preferredName: 'Mandy',
        employerId: w.orgs.acme.id,
        address: { postcode: 'b98 7yt', country: 'United Kingdom' },
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().address.postcode).toBe('B98 7YT');
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });

  it('defaults to classic access where the tenant has console switched off', async () => {
    await setTenantSettings(t.db, w.tenant.id, {
      features: { saml: false, console: false, classic: true, multiFactor: false },
    });
    try {
      const response = await create({});
      expect(response.json()).toMatchObject({ consoleAccess: false, classicAccess: true });
      const refused = await create({ consoleAccess: true });
      expect(fieldsOf(refused).consoleAccess).toBe(
        'Console access is switched off for this organisation.',
      );
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });

  it('links the learner to groups exclusively (one per root) and is then visible to the left administrator', async () => {
    const response = await create({});
    const links = await t.db
      .select()
      .from(userGroups)
      .where(eq(userGroups.userId, response.json().id));
    expect(links).toEqual([
      expect.objectContaining({
        groupId: w.groups.left.id,
        rootId: w.groups.college.id,
        exclusive: true,
      }),
    ]);
    expect((await leftAdmin.get(`/api/v1/users/${response.json().id}`)).statusCode).toBe(200);
  });

  it('is refused to platform support', async () => {
    const { buildAdmin } = await import('../../../test/support/factories.js');
    const support = await buildAdmin(t.db, w.tenant, [], { role: 'support' });
    const client = await signInAs(t, w.tenant, support);
    expect((await create({}, client)).statusCode).toBe(403);
  });
});

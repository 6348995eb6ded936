/**
 * Issue 10, the columns that link a learner to others: Employer, Manager, Mentor, Learning
 * provider, Referrer and End date, read by name or email, checked by the writer's rules
 * (a manager of another employer, or outside the learner's groups, is refused by row and
 * column), and written on commit. Another tenant's organisation is never found.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearnerWorld, type LearnerWorld } from '../../../test/support/learner-world.js';
import { multipart } from '../../../test/support/multipart.js';
import { users } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

const HEADER =
  'First name,Last name,Email,Reference number,Group,Programme,Employer,Manager,Mentor,Learning provider,Referrer,End date';
let n = 0;
const email = () => `link${++n}.${Date.now()}@example.test`;

async function preview(file: string) {
  const { payload, headers } = multipart(
    { sendInvitations: 'false', mode: 'upsert' },
    { name: 'links.csv', content: file },
  );
  const response = await admin.request('POST', '/api/v1/imports', payload, headers);
  expect(response.statusCode, response.body).toBe(201);
  const created = response.json() as { id: number; counts: Record<string, number> };
  const rows = (await admin.get(`/api/v1/imports/${created.id}/rows?pageSize=50`)).json().items as {
    line: number;
    errors: Record<string, string>;
  }[];
  return { ...created, errors: Object.fromEntries(rows.map((r) => [r.line, r.errors])) };
}

describe('import columns that link a learner', () => {
  it('reads each link by name or email and writes it', async () => {
    const e = email();
    const manager = w.employers.acmeLeft.email;
    const file = `${HEADER}\nAda,Link,${e},L1,Left,Eligibility,acme ltd,${manager},${manager},Partner Training,Jobcentre,31/07/2099\n`;
    const created = await preview(file);
    expect(created.counts, JSON.stringify(created.errors)).toMatchObject({ create: 1, error: 0 });
    expect((await admin.request('POST', `/api/v1/imports/${created.id}/commit`)).statusCode).toBe(
      202,
    );
    await drainJobs({ db: t.db, mailer: { enabled: false, send: async () => {} } });
    const [saved] = await t.db.select().from(users).where(eq(users.email, e));
    expect(saved).toMatchObject({
      employerId: w.orgs.acme.id,
      managerId: w.employers.acmeLeft.id,
      mentorId: w.employers.acmeLeft.id,
      learningProviderId: w.orgs.training.id,
      referrerId: w.orgs.referrer.id,
      subscriptionEndsOn: '2099-07-31',
    });
  });

  it('names the column and the reason for each link that cannot be made', async () => {
    const acmeRight = w.employers.acmeRight.email;
    const brightLeft = w.employers.brightLeft.email;
    const rows = [
      `Ada,Link,${email()},L2,Left,Eligibility,Nobody Ltd,,,,,`, // 2 unknown employer
      `Ada,Link,${email()},L3,Left,Eligibility,Jobcentre,,,,,`, // 3 a referrer as employer
      `Ada,Link,${email()},L4,Left,Eligibility,Acme Ltd,${brightLeft},,,,`, // 4 manager of another employer
      `Ada,Link,${email()},L5,Left,Eligibility,Acme Ltd,,${acmeRight},,,`, // 5 mentor outside the learner's groups
      `Ada,Link,${email()},L6,Left,Eligibility,Acme Ltd,nobody@example.test,,,,`, // 6 no such employer user
      `Ada,Link,${email()},L7,Left,Eligibility,,,,Acme Ltd,,`, // 7 an employer as provider
      `Ada,Link,${email()},L8,Left,Eligibility,Other Employer,,,,,`, // 8 another tenant's
      `Ada,Link,${email()},L9,Left,Eligibility,,,,,,01/01/2001`, // 9 end date passed
      `Ada,Link,${email()},L10,Left,Eligibility,,,,,,31/02/2099`, // 10 no such day
    ];
    const created = await preview(`${HEADER}\n${rows.join('\n')}\n`);
    expect(created.counts).toMatchObject({ create: 0, error: 9 });
    const { errors } = created;
    expect(errors[2]?.Employer).toMatch(/no employer organisation called 'Nobody Ltd'/);
    expect(errors[3]?.Employer).toMatch(/no employer organisation called 'Jobcentre'/);
    expect(errors[4]?.Manager).toBeTruthy();
    expect(errors[5]?.Mentor).toBeTruthy();
    expect(errors[6]?.Manager).toMatch(/No employer user has the email/);
    expect(errors[7]?.['Learning provider']).toMatch(/no training organisation/);
    expect(errors[8]?.Employer).toMatch(/no employer organisation called 'Other Employer'/);
    expect(errors[9]?.['End date']).toBeTruthy();
    expect(errors[10]?.['End date']).toBeTruthy();
  });

  it("fills the programme's custom fields from columns named after them, checked by the writer", async () => {
    const header =
      'First name,Last name,Email,Reference number,Group,Programme,Unique learner number,Shoe size,Favourite colour';
    const e = email();
    const rows = [
      `Cara,Care,${e},C1,Right,Care Worker,1234567890,7,Blue`, // 2 fine
      `Cara,Care,${email()},C2,Left,Eligibility,1234567890,,`, // 3 not this programme's
      `Cara,Care,${email()},C3,Right,Care Worker,,8,`, // 4 the mandatory one missing
    ];
    const created = await preview(`${header}\n${rows.join('\n')}\n`);
    expect(created.counts, JSON.stringify(created.errors)).toMatchObject({ create: 1, error: 2 });
    expect(created.errors[3]?.['Unique learner number']).toMatch(
      /not a custom field of the programme 'Eligibility'/,
    );
    expect(created.errors[4]?.['Unique learner number']).toMatch(/required/);
    const shown = (await admin.get(`/api/v1/imports/${created.id}`)).json();
    expect(shown.unknownColumns).toEqual(['Favourite colour']);
    await admin.request('POST', `/api/v1/imports/${created.id}/commit`);
    await drainJobs({ db: t.db, mailer: { enabled: false, send: async () => {} } });
    const [saved] = await t.db.select().from(users).where(eq(users.email, e));
    expect(saved?.customFields).toEqual({ shoe: '7', uln: '1234567890' });
  });
});

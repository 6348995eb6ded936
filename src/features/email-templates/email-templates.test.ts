/**
 * Issue 12, "Messages": the activation email's wording is the tenant's own, written by its
 * administrators with a preview; values and wording are escaped in HTML and the link is always
 * the server's. Another tenant keeps its own wording.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../../../test/support/factories.js';
import {
  activationToken,
  decodedRaw,
  startMailCatcher,
} from '../../../test/support/mail-catcher.js';
import { auditLog, outbox } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';
import { createMailer } from '../../platform/mail/mailer.js';

let t: TestApp;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;
const URL = '/api/v1/email-templates/activation';

const WORDING = {
  subject: 'Welcome to {{organisationName}}, {{firstName}}',
  body: 'Dear {{firstName}} {{surname}} <script>\n\nYour link: {{activationLink}}\nIt works for {{expiresDays}} days & once.',
};

beforeAll(async () => {
  catcher = await startMailCatcher();
  t = await startTestApp({ mailer: createMailer(catcher.url) });
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(async () => {
  await t.close();
  await catcher.close();
});

async function invite(client: Client, userId: number) {
  expect((await client.request('POST', `/api/v1/users/${userId}/invitation`)).statusCode).toBe(202);
  await drainJobs({ db: t.db, mailer: createMailer(catcher.url) });
  const mail = catcher.received.at(-1);
  if (!mail) throw new Error('no mail received');
  return mail;
}

describe('the activation email template', () => {
  it('starts as the standard wording, with the placeholders it takes', async () => {
    const response = await admin.get(URL);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'activation',
      subject: 'Activate your Roster account',
      customised: false,
      updatedAt: null,
    });
    expect(response.json().body).toContain('{{activationLink}}');
    expect(response.json().placeholders.map((p: { name: string }) => p.name)).toContain(
      'activationLink',
    );
  });

  it('previews a wording for an example person, escaped in HTML, with an example link', async () => {
    const response = await admin.request('POST', `${URL}/preview`, WORDING);
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.subject).toBe('Welcome to Test Training Ltd, Sam');
    expect(preview.text).toContain('Dear Sam Example <script>');
    expect(preview.html).toContain('Dear Sam Example &#60;script&#62;');
    expect(preview.html).not.toContain('<script>');
    expect(preview.html).toMatch(/<a href="[^"]+\/activate\?token=example-only">/);
    expect(preview.html).toContain('days &#38; once.');
  });

  it('refuses a wording without the link, with the link in the subject, or with an unknown placeholder', async () => {
    const without = await admin.request('PUT', URL, { subject: 'Hi', body: 'Go to roster.' });
    expect(without.statusCode).toBe(422);
    expect(without.json().error.fields.body).toMatch(/must contain \{\{activationLink\}\}/);
    const inSubject = await admin.request('PUT', URL, {
      subject: 'Hi {{activationLink}}',
      body: '{{activationLink}}',
    });
    expect(inSubject.json().error.fields.subject).toMatch(/out of the subject/);
    const unknown = await admin.request('PUT', URL, {
      subject: 'Hi {{token}}',
      body: '{{activationLink}} {{password}}',
    });
    expect(unknown.json().error.fields).toMatchObject({
      subject: expect.stringMatching(/\{\{token\}\}/),
      body: expect.stringMatching(/\{\{password\}\}/),
    });
    const other = await admin.request('PUT', '/api/v1/email-templates/welcome', WORDING);
    expect(other.statusCode).toBe(422);
    expect((await admin.get(URL)).json().customised).toBe(false);
  });

  it('is sent once saved: filled in, escaped in HTML, the link the server’s; audited; other tenants keep theirs', async () => {
    const saved = await admin.request('PUT', URL, WORDING);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...WORDING, customised: true });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'email_template_saved'), eq(auditLog.tenantId, world.tenant.id)),
      );
    expect(audit.at(-1)?.after).toEqual(WORDING);

    const learner = await buildLearner(t.db, world.tenant, [world.left], {
      status: 'Prospect',
      firstName: "Ro'isín",
      surname: 'Doe <b>',
    });
    const mail = await invite(admin, learner.id);
    const raw = decodedRaw(mail);
    expect(raw).toContain("Ro'isín Doe <b> <script>");
    expect(raw).toContain('Dear Ro&#39;isín Doe &#60;b&#62; &#60;script&#62;');
    const token = activationToken(mail);
    expect(token).toBeTruthy();
    const [row] = await t.db.select().from(outbox).where(eq(outbox.userId, learner.id));
    expect(row?.subject).toBe("Welcome to Test Training Ltd, Ro'isín");
    expect(row?.htmlBody).toContain(`/activate?token=${encodeURIComponent(String(token))}">`);

    const otherAdmin = await signInAs(t, world.other, world.otherAdmin);
    expect((await otherAdmin.get(URL)).json().customised).toBe(false);
    const theirs = await buildLearner(t.db, world.other, [world.otherRoot], {
      status: 'Prospect',
    });
    await invite(otherAdmin, theirs.id);
    const [theirRow] = await t.db.select().from(outbox).where(eq(outbox.userId, theirs.id));
    expect(theirRow?.subject).toBe('Activate your Roster account');
  });

  it('is for standard administrators: platform support and learners are refused', async () => {
    const support = await signInAs(
      t,
      world.tenant,
      await buildAdmin(t.db, world.tenant, [], { role: 'support' }),
    );
    expect((await support.get(URL)).statusCode).toBe(403);
    expect((await support.request('PUT', URL, WORDING)).statusCode).toBe(403);
    const learner = await signInAs(
      t,
      world.tenant,
      await buildLearner(t.db, world.tenant, [world.left]),
    );
    expect((await learner.get(URL)).statusCode).toBe(403);
  });
});

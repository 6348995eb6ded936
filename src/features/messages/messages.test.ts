/**
 * Issue 12, "Messages": a message to one user and to a group goes through the outbox to a real
 * SMTP server; the communications report shows it as sent (links redacted), and a refused
 * address plainly. Wrong tenant, wrong group and wrong kind of caller are refused.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildWorld,
} from '../../../test/support/factories.js';
import {
  activationToken,
  decodedRaw,
  startMailCatcher,
} from '../../../test/support/mail-catcher.js';
import {
  auditLog,
  jobs,
  messageRecipients,
  messages,
  outbox,
  userGroups,
  users,
} from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';
import { createMailer } from '../../platform/mail/mailer.js';
import { runGroupMessage } from './run-group-message.js';

let t: TestApp;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;
let leftAdmin: Client;
let otherAdmin: Client;
const REFUSED = 'nobody@refused.test';

beforeAll(async () => {
  catcher = await startMailCatcher(0, { refuse: (address) => address === REFUSED });
  t = await startTestApp({ mailer: createMailer(catcher.url) });
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
  leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
  otherAdmin = await signInAs(t, world.other, world.otherAdmin);
});
afterAll(async () => {
  await t.close();
  await catcher.close();
});

const deliver = () => drainJobs({ db: t.db, mailer: createMailer(catcher.url) });
const mailTo = (address: string) => catcher.received.filter((m) => m.to.includes(address));
const communications = async (client: Client, userId: number) =>
  (await client.get(`/api/v1/users/${userId}/communications`)).json().items;

describe('a message to one user', () => {
  it('reaches a real SMTP server with their name filled in and typed markup escaped, and is listed and audited', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right], {
      firstName: 'Siân',
      email: 'sian@example.test',
    });
    const response = await admin.request('POST', `/api/v1/users/${learner.id}/messages`, {
      subject: 'Your review, {{firstName}}',
      body: 'Hello {{firstName}},\n\nBring <b>your</b> portfolio & log book.\nSee https://example.test/room?code=4711',
    });
    expect(response.statusCode).toBe(202);
    const { outboxId, messageId } = response.json();
    await deliver();
    const [mail] = mailTo('sian@example.test');
    if (!mail) throw new Error('no mail received');
    const raw = decodedRaw(mail);
    expect(raw).toContain('Hello Siân,');
    expect(raw).toContain('Bring &#60;b&#62;your&#60;/b&#62; portfolio &#38; log book.');
    expect(raw).not.toContain('<b>your</b> portfolio &#38;');

    const [item] = await communications(admin, learner.id);
    expect(item).toMatchObject({
      id: outboxId,
      subject: 'Your review, Siân',
      status: 'sent',
      attempts: 1,
      sentBy: { id: world.admin.id, name: `${world.admin.firstName} ${world.admin.surname}` },
    });
    expect(item.body).toContain('Bring <b>your</b> portfolio & log book.');
    expect(item.body).toContain('https://example.test/room?code=[removed]');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'message_sent'), eq(auditLog.entityId, String(learner.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ messageId, outboxId });
  });

  it('validates subject and body, naming the field', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right]);
    const url = `/api/v1/users/${learner.id}/messages`;
    const empty = await admin.request('POST', url, { subject: '  ', body: '' });
    expect(empty.statusCode).toBe(422);
    expect(Object.keys(empty.json().error.fields).sort()).toEqual(['body', 'subject']);
    const unknown = await admin.request('POST', url, { subject: 'Hi', body: '{{password}}' });
    expect(unknown.json().error.fields.body).toMatch(/\{\{password\}\} is not a placeholder/);
    const twoLines = await admin.request('POST', url, { subject: 'Hi\nBcc: x', body: 'Hello' });
    expect(twoLines.json().error.fields.subject).toMatch(/one line/);
    const long = await admin.request('POST', url, { subject: 'Hi', body: 'x'.repeat(10_001) });
    expect(long.json().error.fields.body).toMatch(/10,000/);
    expect(await communications(admin, learner.id)).toEqual([]);
  });

  it('refuses a user without an email, an archived user, and users outside the caller’s groups or tenant', async () => {
    const body = { subject: 'Hello', body: 'Hello' };
    const noEmail = await buildLearner(t.db, world.tenant, [world.right], {
      extra: { email: null },
    });
    const archived = await buildLearner(t.db, world.tenant, [world.right], { status: 'Archived' });
    const inRight = await buildLearner(t.db, world.tenant, [world.right]);
    const send = (client: Client, id: number) =>
      client.request('POST', `/api/v1/users/${id}/messages`, body);
    expect((await send(admin, noEmail.id)).json().error.code).toBe('email_required');
    expect((await send(admin, archived.id)).statusCode).toBe(409);
    expect((await send(leftAdmin, inRight.id)).statusCode).toBe(404);
    expect((await send(otherAdmin, inRight.id)).statusCode).toBe(404);
    expect((await leftAdmin.get(`/api/v1/users/${inRight.id}/communications`)).statusCode).toBe(
      404,
    );
    expect((await admin.get(`/api/v1/users/${inRight.id}`)).json().actions.message).toBe(true);
    expect((await admin.get(`/api/v1/users/${noEmail.id}`)).json().actions.message).toBe(false);
  });
});

describe('a group message', () => {
  it('goes to every user of the group and its subgroups the administrator can see, once each, through a resumable job', async () => {
    const group = await buildGroup(t.db, world.tenant, 'Cohort', world.right);
    const sub = await buildGroup(t.db, world.tenant, 'Cohort A', group);
    const a = await buildLearner(t.db, world.tenant, [group], { email: 'cohort.a@example.test' });
    const b = await buildLearner(t.db, world.tenant, [sub], { email: 'cohort.b@example.test' });
    await buildLearner(t.db, world.tenant, [group], { extra: { email: null } });
    await buildLearner(t.db, world.tenant, [group], {
      status: 'Archived',
      email: 'cohort.archived@example.test',
    });
    const response = await admin.request('POST', `/api/v1/groups/${group.id}/messages`, {
      subject: 'Timetable for {{organisationName}}',
      body: 'Dear {{firstName}} {{surname}},\n\nThe timetable has changed.',
    });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ recipients: 2, withoutEmail: 1 });
    const { id } = response.json();
    expect((await admin.get(`/api/v1/messages/${id}`)).json()).toMatchObject({
      status: 'pending',
      done: 0,
      total: 2,
    });

    await deliver();
    expect(mailTo('cohort.a@example.test')).toHaveLength(1);
    expect(mailTo('cohort.b@example.test')).toHaveLength(1);
    expect(mailTo('cohort.archived@example.test')).toHaveLength(0);
    expect(
      decodedRaw(mailTo('cohort.b@example.test')[0] ?? { from: '', to: [], raw: '' }),
    ).toContain(`Dear Test ${b.surname},`);
    expect((await admin.get(`/api/v1/messages/${id}`)).json()).toMatchObject({
      status: 'done',
      done: 2,
      total: 2,
    });
    const [listed] = await communications(admin, a.id);
    expect(listed).toMatchObject({ subject: 'Timetable for Test Training Ltd', status: 'sent' });

    // A retry after a crash between the work and "done" writes no one's email twice.
    await t.db.update(messages).set({ status: 'running' }).where(eq(messages.id, id));
    await runGroupMessage(t.db, world.tenant.id, id);
    const rows = await t.db
      .select({ outboxId: messageRecipients.outboxId })
      .from(messageRecipients)
      .where(eq(messageRecipients.messageId, id));
    expect(rows.map((row) => row.outboxId).every(Boolean)).toBe(true);
    const written = await t.db.select().from(outbox).where(eq(outbox.subject, listed.subject));
    expect(written).toHaveLength(2);
  });

  it('goes on from where a run stopped after its first chunk, writing each email once', async () => {
    const group = await buildGroup(t.db, world.tenant, 'Large cohort', world.right);
    const people = await t.db
      .insert(users)
      .values(
        Array.from({ length: 130 }, (_, i) => ({
          tenantId: world.tenant.id,
          type: 'learner' as const,
          username: `large.${i}@example.test`,
          email: `large.${i}@example.test`,
          firstName: 'Large',
          surname: `Cohort ${i}`,
        })),
      )
      .returning({ id: users.id });
    await t.db.insert(userGroups).values(
      people.map((person) => ({
        tenantId: world.tenant.id,
        userId: person.id,
        groupId: group.id,
        rootId: group.rootId,
        exclusive: true,
      })),
    );
    const response = await admin.request('POST', `/api/v1/groups/${group.id}/messages`, {
      subject: 'Large cohort',
      body: 'Hello {{surname}}',
    });
    expect(response.json().recipients).toBe(130);
    const { id } = response.json();
    // The worker's timeout strikes after the first chunk.
    let checks = 0;
    const timesOut = {
      get aborted() {
        return checks++ > 0;
      },
    };
    await expect(runGroupMessage(t.db, world.tenant.id, id, timesOut)).rejects.toThrow(/Stopped/);
    const [halfway] = await t.db.select().from(messages).where(eq(messages.id, id));
    expect(halfway).toMatchObject({ status: 'running', done: 100 });

    await deliver();
    const written = await t.db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(eq(outbox.subject, 'Large cohort'));
    expect(written).toHaveLength(130);
    expect(new Set(written.map((row) => row.to)).size).toBe(130);
    expect(catcher.received.filter((m) => m.to[0]?.startsWith('large.'))).toHaveLength(130);
    expect((await admin.get(`/api/v1/messages/${id}`)).json()).toMatchObject({
      status: 'done',
      done: 130,
    });
  }, 60_000);

  it('is a 404 for a group the administrator cannot access or another tenant’s, and a 422 for a group with no one to write to', async () => {
    const body = { subject: 'Hello', body: 'Hello' };
    expect(
      (await leftAdmin.request('POST', `/api/v1/groups/${world.right.id}/messages`, body))
        .statusCode,
    ).toBe(404);
    expect(
      (await otherAdmin.request('POST', `/api/v1/groups/${world.right.id}/messages`, body))
        .statusCode,
    ).toBe(404);
    const support = await signInAs(
      t,
      world.tenant,
      await buildAdmin(t.db, world.tenant, [], { role: 'support' }),
    );
    expect(
      (await support.request('POST', `/api/v1/groups/${world.right.id}/messages`, body)).statusCode,
    ).toBe(404);
    const empty = await buildGroup(t.db, world.tenant, 'Empty', world.right);
    const none = await admin.request('POST', `/api/v1/groups/${empty.id}/messages`, body);
    expect(none.statusCode).toBe(422);
    expect(none.json().error.fields.groupId).toBeTruthy();

    const sent = await admin.request('POST', `/api/v1/groups/${world.right.id}/messages`, body);
    expect(sent.statusCode).toBe(202);
    expect((await leftAdmin.get(`/api/v1/messages/${sent.json().id}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/v1/messages/${sent.json().id}`)).statusCode).toBe(404);
  });
});

describe('the communications report', () => {
  it('never returns the token of an activation link', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right], {
      status: 'Prospect',
      email: 'redact.me@example.test',
    });
    await admin.request('POST', `/api/v1/users/${learner.id}/invitation`);
    await deliver();
    const token = activationToken(
      mailTo('redact.me@example.test')[0] ?? { from: '', to: [], raw: '' },
    );
    expect(token).toBeTruthy();
    const response = await admin.get(`/api/v1/users/${learner.id}/communications`);
    expect(response.body).not.toContain(String(token));
    expect(response.json().items[0].body).toMatch(/\/activate\?token=\[removed\]/);
  });

  it('shows plainly an address their mail server refused, and tries it no more', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right], {
      status: 'Prospect',
      email: REFUSED,
    });
    await admin.request('POST', `/api/v1/users/${learner.id}/invitation`);
    await deliver();
    const [item] = await communications(admin, learner.id);
    expect(item).toMatchObject({ status: 'refused', attempts: 1, nextAttemptAt: null });
    expect(item.lastError).toMatch(/550/);
    const blocked = (await admin.get(`/api/v1/users/${learner.id}`)).json().signInBlocked;
    expect(blocked.message).toMatch(/never got the invitation/);
    const waiting = await t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.type, 'send-email'), eq(jobs.status, 'pending')));
    expect(waiting).toEqual([]);
  });
});

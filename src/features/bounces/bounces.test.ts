/**
 * Issue 12, "bounces shown on the profile": an email the receiving server accepted and later
 * returned undelivered. Roster sends with a return path; the mail server's report reaches the
 * worker's SMTP listener over a real connection; the email is marked bounced, the profile says
 * they never got it, and the record is audited. A report naming no sent email, another
 * address, or only a delay changes nothing.
 */
import { and, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { deliveryReport, type ReportedRecipient } from '../../../test/support/delivery-report.js';
import { buildLearner, buildWorld } from '../../../test/support/factories.js';
import { startMailCatcher } from '../../../test/support/mail-catcher.js';
import { auditLog, outbox } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';
import { createMailer } from '../../platform/mail/mailer.js';
import { type BounceListener, startBounceListener } from './bounce-listener.js';

const RETURN_PATH = 'bounces@roster.test';
let t: TestApp;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let listener: BounceListener;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;

beforeAll(async () => {
  catcher = await startMailCatcher();
  t = await startTestApp();
  listener = await startBounceListener(t.db, { host: '127.0.0.1', port: 0 });
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(async () => {
  await listener.close();
  await t.close();
  await catcher.close();
});

const mailer = () => createMailer(catcher.url, { returnPath: RETURN_PATH });

/** Invites a new learner and delivers the email; answers the learner and the email's row. */
async function invitedLearner(email: string) {
  const learner = await buildLearner(t.db, world.tenant, [world.right], {
    status: 'Prospect',
    email,
  });
  expect((await admin.request('POST', `/api/v1/users/${learner.id}/invitation`)).statusCode).toBe(
    202,
  );
  await drainJobs({ db: t.db, mailer: mailer() });
  const [sent] = await t.db.select().from(outbox).where(eq(outbox.userId, learner.id));
  if (!sent) throw new Error('no email');
  expect(sent.status).toBe('sent');
  return { learner, sent };
}

/** Sends a report to the listener as a mail server does, over SMTP. */
async function report(messageId: string, recipients: ReportedRecipient[]) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    envelope: { from: 'mailer-daemon@mx.learner.test', to: RETURN_PATH },
    raw: deliveryReport({ messageId, recipients }),
  });
  transport.close();
}

const communications = async (userId: number) =>
  (await admin.get(`/api/v1/users/${userId}/communications`)).json().items;

describe('returned mail', () => {
  it('goes out with the return path as its envelope sender', async () => {
    const { learner } = await invitedLearner('envelope@learner.test');
    const caught = catcher.received.find((mail) => mail.to.includes('envelope@learner.test'));
    expect(caught?.from).toBe(RETURN_PATH);
    expect(learner.id).toBeGreaterThan(0);
  });

  it('is marked bounced with the reason, shown on the profile and audited', async () => {
    const { learner, sent } = await invitedLearner('gone@learner.test');
    await report(sent.messageId, [
      { address: 'gone@learner.test', action: 'failed', status: '5.1.1' },
    ]);
    const [item] = await communications(learner.id);
    expect(item).toMatchObject({ status: 'bounced' });
    expect(item.lastError).toMatch(/5\.1\.1.*User unknown/);
    const user = (await admin.get(`/api/v1/users/${learner.id}`)).json();
    expect(user.signInBlocked.message).toMatch(
      /never got the invitation: it came back undelivered/,
    );
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'email_bounced'), eq(auditLog.entityId, String(learner.id))));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.tenantId).toBe(world.tenant.id);
  });

  it('changes nothing for an unknown message, another address or a delay alone', async () => {
    const { learner, sent } = await invitedLearner('still@learner.test');
    await report('<no-such-message@roster.local>', [
      { address: 'still@learner.test', action: 'failed', status: '5.1.1' },
    ]);
    await report(sent.messageId, [
      { address: 'someone.else@learner.test', action: 'failed', status: '5.1.1' },
    ]);
    await report(sent.messageId, [
      { address: 'still@learner.test', action: 'delayed', status: '4.4.1' },
    ]);
    const [item] = await communications(learner.id);
    expect(item).toMatchObject({ status: 'sent', lastError: null });
    const user = (await admin.get(`/api/v1/users/${learner.id}`)).json();
    expect(user.signInBlocked.message).not.toMatch(/undelivered/);
  });

  it('takes mail that is not a report without an error, and changes nothing', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
    const info = await transport.sendMail({
      from: 'someone@elsewhere.test',
      to: RETURN_PATH,
      subject: 'Out of office',
      text: 'Back on Monday.',
    });
    transport.close();
    expect(info.accepted).toEqual([RETURN_PATH]);
  });
});

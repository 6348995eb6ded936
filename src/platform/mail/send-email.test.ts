import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.js';
import { buildTenant } from '../../../test/support/factories.js';
import { startMailCatcher } from '../../../test/support/mail-catcher.js';
import { freePort, stallingProxy } from '../../../test/support/net.js';
import type { Database } from '../../db/client.js';
import { jobs, outbox } from '../../db/schema.js';
import { claimJobs } from '../jobs/job-queue.js';
import { drainJobs, startWorker } from '../jobs/worker.js';
import { createMailer } from './mailer.js';
import { enqueueMail } from './outbox.js';
import { MAIL_BACKOFF_MS, sendEmailJob } from './send-email.job.js';

let database: Database;
let tenantId: number;
const errors: string[] = [];
const logger = { error: (message: string) => errors.push(message) };

beforeAll(async () => {
  database = await openTestDatabase();
  tenantId = (await buildTenant(database.db)).id;
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(jobs);
  await database.db.delete(outbox);
});

const write = (to: string) =>
  enqueueMail(database.db, {
    tenantId,
    userId: null,
    to,
    subject: `For ${to}`,
    text: 'Hello',
    html: '<p>Hello</p>',
  });

const message = async (id: number) => {
  const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
};

/** As if the retry's time had come. */
const timePasses = () => database.db.update(jobs).set({ runAt: sql`now()` });

const messageIdOf = (raw: string) => /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim();

describe('sending the outbox', () => {
  it('leaves mail pending while no mail server is configured', async () => {
    const id = await write('nobody@example.test');
    const disabled = { enabled: false, send: async () => {} };
    expect(await drainJobs({ db: database.db, mailer: disabled }, { logger })).toBe(0);
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('keeps a message through an SMTP outage, records why and when it tries next, then sends it', async () => {
    const port = await freePort();
    const mailer = createMailer(`smtp://127.0.0.1:${port}`);
    const id = await write('outage@example.test');
    const before = Date.now();
    await drainJobs({ db: database.db, mailer }, { logger });
    const waiting = await message(id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    const wait = (waiting.nextAttemptAt?.getTime() ?? 0) - before;
    expect(wait).toBeGreaterThanOrEqual(29_000);
    expect(wait).toBeLessThan(40_000);

    const catcher = await startMailCatcher(port);
    try {
      await timePasses();
      await drainJobs({ db: database.db, mailer }, { logger });
      expect(await message(id)).toMatchObject({
        status: 'sent',
        attempts: 2,
        lastError: null,
        nextAttemptAt: null,
      });
      expect(catcher.received.map((mail) => mail.to)).toEqual([['outage@example.test']]);
      expect(messageIdOf(catcher.received[0]?.raw ?? '')).toBe(waiting.messageId);
    } finally {
      await catcher.close();
    }
  });

  it('backs off over hours, and marks a message failed only when its tries are spent', async () => {
    expect(sendEmailJob.backoffMs?.(5)).toBe(3_600_000);
    const spent = MAIL_BACKOFF_MS.reduce((sum, ms) => sum + ms, 0);
    expect(sendEmailJob.maxAttempts).toBe(MAIL_BACKOFF_MS.length + 1);
    expect(spent).toBeGreaterThan(2 * 86_400_000);

    const mailer = createMailer(`smtp://127.0.0.1:${await freePort()}`);
    const id = await write('never@example.test');
    await database.db.update(jobs).set({ attempts: (sendEmailJob.maxAttempts ?? 0) - 1 });
    await drainJobs({ db: database.db, mailer }, { logger });
    const given = await message(id);
    expect(given).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(given.lastError).toMatch(/ECONNREFUSED/);
    expect(errors.at(-1)).toMatch(/given up/);
  });

  it('times out a server that never greets quickly, while the other messages go', async () => {
    const catcher = await startMailCatcher();
    const proxy = await stallingProxy(Number(new URL(catcher.url).port));
    const worker = startWorker(
      { db: database.db, mailer: createMailer(proxy.url) },
      { logger, pollMs: 100 },
    );
    try {
      const ids = [await write('a@example.test'), await write('b@example.test')];
      ids.push(await write('c@example.test'));
      const started = Date.now();
      await expect.poll(() => catcher.received.length, { timeout: 5000 }).toBe(2);
      expect(Date.now() - started).toBeLessThan(5000);
      await expect
        .poll(async () => (await Promise.all(ids.map(message))).filter((m) => m.lastError), {
          timeout: 15_000,
          interval: 250,
        })
        .toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(13_000);
      const stalled = (await Promise.all(ids.map(message))).find((m) => m.lastError);
      expect(stalled).toMatchObject({ status: 'pending', attempts: 1 });
      expect(stalled?.lastError).toMatch(/greeting/i);
    } finally {
      await worker.stop();
      await proxy.close();
      await catcher.close();
    }
  }, 30_000);

  it('resends with the same Message-ID after a crash between sending and marking', async () => {
    const catcher = await startMailCatcher();
    try {
      const id = await write('twice@example.test');
      const real = createMailer(catcher.url);
      const types = [sendEmailJob.name];
      const [job] = await claimJobs(database.db, {
        workerId: 'dies',
        limit: 1,
        types,
        leaseMs: 60_000,
      });
      if (!job) throw new Error('no job claimed');
      // The process dies right after the SMTP server took the message: nothing is marked.
      const dying = {
        enabled: true,
        send: async (mail: Parameters<typeof real.send>[0]) => {
          await real.send(mail);
          throw new Error('process died');
        },
      };
      const run = {
        id: job.id,
        attempt: 1,
        maxAttempts: job.maxAttempts,
        signal: new AbortController().signal,
      };
      await expect(
        sendEmailJob.run({ outboxId: id }, { db: database.db, mailer: dying }, run),
      ).rejects.toThrow('process died');
      expect((await message(id)).status).toBe('pending');

      await database.db.update(jobs).set({ lockedAt: sql`now() - interval '10 minutes'` });
      await drainJobs({ db: database.db, mailer: real }, { logger });
      const sent = await message(id);
      expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
      const ids = catcher.received.map((mail) => messageIdOf(mail.raw));
      expect(ids).toEqual([sent.messageId, sent.messageId]);
    } finally {
      await catcher.close();
    }
  });

  it('sends each message exactly once with several workers at once', async () => {
    const catcher = await startMailCatcher();
    const deps = { db: database.db, mailer: createMailer(catcher.url) };
    const workers = [1, 2, 3].map(() => startWorker(deps, { logger, pollMs: 20 }));
    try {
      for (let i = 0; i < 20; i++) await write(`r${i}@example.test`);
      await expect.poll(() => catcher.received.length, { timeout: 10_000 }).toBe(20);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const recipients = catcher.received.flatMap((mail) => mail.to);
      expect(new Set(recipients).size).toBe(20);
      expect(recipients).toHaveLength(20);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await catcher.close();
    }
  });
});

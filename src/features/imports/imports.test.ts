import { and, count, eq, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin } from '../../../test/support/factories.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
} from '../../../test/support/learner-world.js';
import { multipart } from '../../../test/support/multipart.js';
import { auditLog, importRows, imports, jobs, outbox, users } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';
import { commitHooks, commitLimits } from './commit-import.js';
import { importLimits } from './spool-upload.js';

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
afterEach(() => {
  commitHooks.afterBatch = undefined;
});

const HEADER = 'First name,Last name,Email,Reference number,Group,Programme';
let n = 0;
const email = () => `imp${++n}.${Date.now()}@example.test`;
const good = (e = email()) => `Ada,Lovelace,${e},R-${n},Left,Eligibility`;

async function upload(
  content: Buffer | string,
  fields: Record<string, string> = {},
  client = admin,
  name = 'learners.csv',
) {
  const { payload, headers } = multipart(
    { sendInvitations: 'false', mode: 'upsert', ...fields },
    { name, content },
  );
  return client.request('POST', '/api/v1/imports', payload, headers);
}

async function previewed(
  content: Buffer | string,
  fields: Record<string, string> = {},
  client = admin,
) {
  const response = await upload(content, fields, client);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; status: string; counts: Record<string, number> };
}

const rowsOf = async (id: number, query = '', client = admin) => {
  const response = await client.get(`/api/v1/imports/${id}/rows?pageSize=500${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as {
    line: number;
    verdict: string;
    values: Record<string, string>;
    errors: Record<string, string>;
  }[];
};

const deps = () => ({ db: t.db, mailer: { enabled: false, send: async () => {} } });

async function commit(id: number, client = admin) {
  const response = await client.request('POST', `/api/v1/imports/${id}/commit`);
  expect(response.statusCode, response.body).toBe(202);
  await drainJobs(deps(), { logger: { error: () => {} } });
  return (await client.get(`/api/v1/imports/${id}`)).json();
}

const learnersCalled = async (surname: string) =>
  (
    await t.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.tenantId, w.tenant.id), eq(users.surname, surname)))
  )[0]?.n;

describe('POST /imports: reading the file', () => {
  const cases: [string, Buffer][] = [
    [
      'UTF-8 without BOM, LF',
      Buffer.from(`${HEADER}\nZoë,Brontë,${email()},R1,Left,Eligibility\n`),
    ],
    [
      'UTF-8 with BOM, CRLF',
      Buffer.from(`\ufeff${HEADER}\r\nZoë,Brontë,${email()},R1,Left,Eligibility\r\n`),
    ],
    [
      'Windows-1252, CR only',
      iconv.encode(`${HEADER}\rZoë,Brontë,${email()},R1,Left,Eligibility\r`, 'win1252'),
    ],
    [
      'UTF-16 LE with BOM, tab-separated (Excel "Unicode text")',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode(
          `${HEADER.replaceAll(',', '\t')}\r\nZoë\tBrontë\t${email()}\tR1\tLeft\tEligibility\r\n`,
          'utf16le',
        ),
      ]),
    ],
    [
      'UTF-16 BE with BOM, semicolons',
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        iconv.encode(
          `${HEADER.replaceAll(',', ';')}\nZoë;Brontë;${email()};R1;Left;Eligibility\n`,
          'utf16be',
        ),
      ]),
    ],
    [
      'semicolons, quoted fields',
      Buffer.from(
        `${HEADER.replaceAll(',', ';')}\n"Zoë";"Brontë";${email()};"R1";Left;Eligibility\n`,
      ),
    ],
  ];
  for (const [label, content] of cases)
    it(`reads ${label}`, async () => {
      const created = await previewed(content);
      expect(created.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
      const [row] = await rowsOf(created.id);
      expect(row?.values['First name']).toBe('Zoë');
      expect(row?.values['Last name']).toBe('Brontë');
      expect(row?.line).toBe(2);
    });

  it('reads quoted fields holding delimiters, quotes and line breaks, and skips empty rows and cells', async () => {
    const e = email();
    const file = `${HEADER},,\r\n"O'Brien, ""Jo""","Smith\r\nJones",${e},R9,Left,Eligibility,,\r\n,,,,,,,\r\n\r\n`;
    const created = await previewed(file);
    const rows = await rowsOf(created.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toMatchObject({
      'First name': 'O\'Brien, "Jo"',
      'Last name': 'Smith\r\nJones',
    });
  });

  it('matches headers loosely and reports unknown columns without failing', async () => {
    const file = `FIRST_NAME,surname,E-mail address,Ref,group name,PROGRAMME,DOB,NI number,Favourite colour\nAda,Byron,${email()},R2,Left,eligibility,24/12/2001,JG 10 37 26 A,Blue\n`;
    const created = await previewed(file);
    expect(created.counts.create, JSON.stringify(await rowsOf(created.id))).toBe(1);
    const detail = (await admin.get(`/api/v1/imports/${created.id}`)).json();
    expect(detail).toMatchObject({
      fileName: 'learners.csv',
      mode: 'upsert',
      status: 'previewed',
      unknownColumns: ['Favourite colour'],
    });
    expect(detail.done).toBe(1);
    expect(detail.total).toBe(1);
  });

  const refusals: [string, Buffer | string, Record<string, string>, string, RegExp][] = [
    ['an empty file', '', {}, 'invalid_file', /empty/],
    [
      'a binary file',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]),
      {},
      'invalid_file',
      /not a CSV/,
    ],
    [
      'a file with no header row',
      `Ada,Lovelace,${email()},R1,Left,Eligibility\n`,
      {},
      'missing_columns',
      /header row/,
    ],
    ['a header with no rows', `${HEADER}\n`, {}, 'invalid_file', /no learners/],
    [
      'a file lacking a mandatory column',
      'First name,Last name,Email,Group,Programme\nA,B,a@b.test,Left,Eligibility\n',
      {},
      'missing_columns',
      /"Reference number"/,
    ],
    [
      'an update file with neither Email nor Reference number',
      'First name,Mobile\nA,07700900123\n',
      { mode: 'update' },
      'missing_columns',
      /Email or a Reference number/,
    ],
  ];
  for (const [label, content, fields, code, message] of refusals)
    it(`refuses ${label} with one 422 and stores nothing`, async () => {
      const before = (await t.db.select({ n: count() }).from(imports))[0]?.n;
      const response = await upload(content, fields);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toMatch(message);
      expect((await t.db.select({ n: count() }).from(imports))[0]?.n).toBe(before);
    });

  it('refuses a file over the size limit', async () => {
    const limit = importLimits.maxBytes;
    importLimits.maxBytes = 200;
    try {
      const response = await upload(
        `${HEADER}\n${Array.from({ length: 20 }, () => good()).join('\n')}\n`,
      );
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.code).toBe('file_too_large');
    } finally {
      importLimits.maxBytes = limit;
    }
  });

  it('answers 202 for a file too large to preview at once; the job previews it and the import is polled', async () => {
    const inline = importLimits.inlinePreviewRows;
    importLimits.inlinePreviewRows = 1;
    try {
      const response = await upload(`${HEADER}\n${good()}\n${good()}\n`);
      expect(response.statusCode, response.body).toBe(202);
      const { id, status } = response.json();
      expect(status).toBe('uploaded');
      await drainJobs(deps(), { logger: { error: () => {} } });
      const polled = (await admin.get(`/api/v1/imports/${id}`)).json();
      expect(polled).toMatchObject({
        status: 'previewed',
        counts: { create: 2 },
        done: 2,
        total: 2,
      });
    } finally {
      importLimits.inlinePreviewRows = inline;
    }
  });

  it('reads the form fields after the file too; refuses a second file', async () => {
    const boundary = 'ordertest';
    const part = (headers: string, body: string) =>
      `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
    const send = (files: string[]) =>
      admin.request(
        'POST',
        '/api/v1/imports',
        `${files.join('')}${part('Content-Disposition: form-data; name="mode"', 'update')}--${boundary}--\r\n`,
        { 'content-type': `multipart/form-data; boundary=${boundary}` },
      );
    const file = (name: string) =>
      part(
        `Content-Disposition: form-data; name="file"; filename="${name}"`,
        `Email,Mobile\nnobody.${email()},07700 900123\n`,
      );
    const response = await send([file('a.csv')]);
    expect(response.statusCode, response.body).toBe(201);
    const detail = (await admin.get(`/api/v1/imports/${response.json().id}`)).json();
    expect(detail).toMatchObject({ mode: 'update', fileName: 'a.csv', counts: { error: 1 } });
    const two = await send([file('a.csv'), file('b.csv')]);
    expect(two.statusCode).toBe(413);
    expect(two.json().error.code).toBe('payload_too_large');
  });

  it('refuses a request that is not multipart, and one without a file', async () => {
    const json = await admin.request('POST', '/api/v1/imports', { file: 'x' });
    expect(json.statusCode).toBe(415);
    const { payload, headers } = multipart({ mode: 'upsert' });
    const none = await admin.request('POST', '/api/v1/imports', payload, headers);
    expect(none.statusCode).toBe(422);
    expect(none.json().error.fields.file).toBeTruthy();
  });
});

describe('preview: each problem named by row and column', () => {
  it('gives every error kind its column and a reason', async () => {
    const taken = await addLearner(t.db, w, { email: `taken.${email()}` });
    const dup = email();
    await buildAdmin(t.db, w.tenant, [w.groups.left], { firstName: 'Sam', surname: 'Same' });
    await buildAdmin(t.db, w.tenant, [w.groups.left], { firstName: 'Sam', surname: 'Same' });
    const h = `${HEADER},Date of birth,National Insurance number,Postcode,Mobile,Case owner`;
    const lines = [
      `,Lovelace,${email()},R1,Left,Eligibility,,,,,`, // 2 missing first name
      `Ada,Lovelace,ada lovelace@example.test,R1,Left,Eligibility,,,,,`, // 3 space in email
      `Ada,Lovelace,${taken.email},R1,Left,Eligibility,,,,,`, // 4 taken (mode create below)
      `Ada,Lovelace,${dup},R1,Left,Eligibility,,,,,`, // 5 twice
      `Ada,Lovelace,${dup},R1,Left,Eligibility,,,,,`, // 6 twice
      `Ada,Lovelace,${email()},R1,Nowhere,Eligibility,,,,,`, // 7 unknown group
      `Ada,Lovelace,${email()},R1,Left|Right,Eligibility,,,,,`, // 8 two groups of one root
      `Ada,Lovelace,${email()},R1,Left,Basket weaving,,,,,`, // 9 unknown programme
      `Ada,Lovelace,${email()},R1,Left,Maths,,,,,`, // 10 programme not offered
      `Ada,Lovelace,${email()},R1,Left,Eligibility,31/02/2001,,,,`, // 11 bad date
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,XX123,,,`, // 12 bad NINo
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,,NOT A PC,,`, // 13 bad postcode
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,,,12ab,`, // 14 bad mobile
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,,,,nobody@example.test`, // 15 unknown owner
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,,,,Sam Same`, // 16 ambiguous owner
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,,,,${w.admins.digitalAdmin.email}`, // 17 not eligible
      `Ada,Lovelace,${email()},R1,Left,Eligibility,,,,,${w.admins.admin.email}`, // 18 fine
    ];
    const created = await previewed(`${h}\n${lines.join('\n')}\n`, { mode: 'create' });
    expect(created.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 16 });
    const errors = Object.fromEntries(
      (await rowsOf(created.id, '&verdict=error')).map((r) => [r.line, r.errors]),
    );
    expect(errors[2]?.['First name']).toMatch(/mandatory/);
    expect(errors[3]?.Email).toMatch(/space/);
    expect(errors[4]?.Email).toMatch(/already exists|already registered/);
    expect(errors[5]?.Email).toMatch(/rows 5, 6/);
    expect(errors[6]?.Email).toMatch(/rows 5, 6/);
    expect(errors[7]?.Group).toMatch(/No group you can access is called 'Nowhere'/);
    expect(errors[8]?.Group).toBeTruthy();
    expect(errors[9]?.Programme).toMatch(/no programme called/);
    expect(errors[10]?.Programme).toMatch(/offered/);
    expect(errors[11]?.['Date of birth']).toBeTruthy();
    expect(errors[12]?.['National Insurance number']).toBeTruthy();
    expect(errors[13]?.Postcode).toBeTruthy();
    expect(errors[14]?.Mobile).toBeTruthy();
    expect(errors[15]?.['Case owner']).toMatch(/No administrator has the email/);
    expect(errors[16]?.['Case owner']).toMatch(
      /Ambiguous case owner: 2 administrators are called 'Sam Same'.*email/,
    );
    expect(errors[17]?.['Case owner']).toMatch(/case owner/i);
    expect(errors[18]).toBeUndefined();
  });

  it('says which account holds a taken email (type and status) when the administrator may see it', async () => {
    const holder = await addLearner(t.db, w, { email: `holder.${email()}`, status: 'Invited' });
    const created = await previewed(
      `${HEADER}\nAda,Lovelace,${holder.email},R1,Left,\n`,
      {},
      admin,
    );
    // Upsert: the visible learner is matched and updated, never duplicated.
    expect(created.counts.update, JSON.stringify(await rowsOf(created.id))).toBe(1);
    const admin2 = await buildAdmin(t.db, w.tenant, [w.groups.left]);
    const adminEmail = admin2.email;
    const c2 = await previewed(`${HEADER}\nAda,Lovelace,${adminEmail},R1,Left,Eligibility\n`);
    const [row] = await rowsOf(c2.id);
    expect(row?.errors.Email).toMatch(/administrator, .*user ID/);
  });

  it('asks for the tenant mandatory fields and accepts SAML per row', async () => {
    const { tenants } = await import('../../db/schema.js');
    await t.db
      .update(tenants)
      .set({
        settings: {
          features: { saml: true },
          samlIdentityProviders: ['Azure'],
          fields: { town: 'mandatory' },
        },
      })
      .where(eq(tenants.id, w.tenant.id));
    try {
      const e = email();
      const file = `${HEADER},Town,Authentication type,SAML identity provider,SAML unique ID\nAda,Sso,${e},R1,Left,Eligibility,Leeds,SAML,Azure,ada-42\nAda,Sso,${email()},R1,Left,Eligibility,Leeds,Kerberos,,\nAda,Sso,${email()},R1,Left,Eligibility,,,,\n`;
      const created = await previewed(file);
      expect(created.counts).toMatchObject({ create: 1, error: 2 });
      const [bad, noTown] = await rowsOf(created.id, '&verdict=error');
      expect(bad?.errors['Authentication type']).toMatch(/password or SAML/);
      expect(noTown?.errors.Town).toMatch(/required/);
      await commit(created.id);
      const [saved] = await t.db.select().from(users).where(eq(users.email, e));
      expect(saved).toMatchObject({
        authenticationType: 'saml',
        samlIdentityProvider: 'Azure',
        samlUniqueId: 'ada-42',
      });
    } finally {
      await t.db.update(tenants).set({ settings: {} }).where(eq(tenants.id, w.tenant.id));
    }
  });
});

describe('commit', () => {
  it('writes only valid rows, invites created learners through the outbox, audits once, and exports results', async () => {
    const e1 = email();
    const e2 = email();
    const existing = await addLearner(t.db, w, { email: email(), status: 'Prospect' });
    const file = `${HEADER},Case owner\nAda,Imported,${e1},R-1,Left,Eligibility,${w.admins.leftAdmin.email}\nBob,Imported,${e2},R-2,Right,Eligibility,\nCy,Imported,bad email,R-3,Left,Eligibility,\nOld,Learner,${existing.email},R-4,,,\n`;
    const created = await previewed(file, { sendInvitations: 'true' });
    expect(created.counts).toEqual({ create: 2, update: 1, unchanged: 0, error: 1 });
    const done = await commit(created.id);
    expect(done).toMatchObject({ status: 'committed', counts: { create: 2, update: 1, error: 1 } });
    // Invitations go to created learners only.
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.toAddress, existing.email ?? '')),
    ).toEqual([]);
    const [updated] = await t.db.select().from(users).where(eq(users.id, existing.id));
    expect(updated).toMatchObject({
      firstName: 'Old',
      surname: 'Learner',
      subscriptionStatus: 'Prospect',
    });
    expect(done.done).toBe(done.total);
    const saved = await t.db.select().from(users).where(eq(users.surname, 'Imported'));
    expect(saved.map((u) => u.email).sort()).toEqual([e1, e2].sort());
    expect(saved.every((u) => u.subscriptionStatus === 'Invited')).toBe(true);
    expect(saved.find((u) => u.email === e1)?.caseOwnerId).toBe(w.admins.leftAdmin.id);
    const mail = await t.db.select().from(outbox).where(eq(outbox.toAddress, e1));
    expect(mail).toHaveLength(1);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'import'), eq(auditLog.entityId, String(created.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'learners_imported', actorId: w.admins.admin.id });
    const csv = await admin.get(`/api/v1/imports/${created.id}/results.csv`);
    expect(csv.statusCode).toBe(200);
    expect(
      csv.body.startsWith(
        '\ufeffFirst name,Last name,Email,Reference number,Group,Programme,Case owner,Status,Reason\r\n',
      ),
    ).toBe(true);
    expect(csv.body).toContain(`${e1},R-1,Left,Eligibility,${w.admins.leftAdmin.email},Created,`);
    expect(csv.body).toMatch(/bad email,R-3.*Not imported,Email: /);
    const again = await admin.request('POST', `/api/v1/imports/${created.id}/commit`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('import_not_ready');
  });

  it("counts the import's own rows in the planner's statistics before previewing and committing", async () => {
    // Stale figures (PGlite has no autovacuum) made the planner join each batch's results
    // against every row of the import: 700 ms a batch at 10,000 rows, growing with the file.
    const file = `${HEADER}\n${Array.from({ length: 30 }, () => good()).join('\n')}\n`;
    const created = await previewed(file);
    const figures = async () => {
      const [stats] = await t.db
        .select({ estimated: sql<number>`reltuples::int`.mapWith(Number) })
        .from(sql`pg_class`)
        .where(sql`relname = 'import_rows'`);
      const [rows] = await t.db.select({ n: count() }).from(importRows);
      return { estimated: stats?.estimated, stored: rows?.n };
    };
    const afterPreview = await figures();
    expect(afterPreview.estimated).toBe(afterPreview.stored);
    await commit(created.id);
    const afterCommit = await figures();
    expect(afterCommit.estimated).toBe(afterCommit.stored);
  });

  it('re-running the same file creates nothing twice: every row unchanged', async () => {
    const file = `${HEADER}\nRe,Run,${email()},RR-1,Left,Eligibility\nRe,Run,${email()},RR-2,Left,Eligibility\n`;
    await commit((await previewed(file)).id);
    expect(await learnersCalled('Run')).toBe(2);
    const second = await previewed(file);
    expect(second.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });
    await commit(second.id);
    expect(await learnersCalled('Run')).toBe(2);
    const createOnly = await previewed(file, { mode: 'create' });
    expect(createOnly.counts.error).toBe(2);
  });

  it('updates by email and by reference number, never by name; an update-only file creates nothing', async () => {
    const byEmail = await addLearner(t.db, w, { email: email(), surname: 'Upd' });
    const byRef = await addLearner(t.db, w, {
      email: email(),
      surname: 'Upd',
      extra: { referenceNumber: 'REF-777' },
    });
    const file = `Email,Reference number,Mobile,Case owner\n${byEmail.email},,07700 900111,\n,REF-777,07700 900222,${w.admins.leftAdmin.email}\nnobody.${email()},,07700 900333,\n`;
    const created = await previewed(file, { mode: 'update' });
    expect(created.counts).toEqual({ create: 0, update: 2, unchanged: 0, error: 1 });
    const [missing] = await rowsOf(created.id, '&verdict=error');
    expect(missing?.errors.Email).toMatch(/only updates/);
    const before = (await t.db.select({ n: count() }).from(users))[0]?.n;
    await commit(created.id);
    expect((await t.db.select({ n: count() }).from(users))[0]?.n).toBe(before);
    const [a] = await t.db.select().from(users).where(eq(users.id, byEmail.id));
    const [b] = await t.db.select().from(users).where(eq(users.id, byRef.id));
    expect(a?.mobile).toBe('07700 900111');
    expect(b).toMatchObject({ mobile: '07700 900222', caseOwnerId: w.admins.leftAdmin.id });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user_updated'), eq(auditLog.entityId, String(byRef.id))));
    expect(audits).toHaveLength(1);
    // A name alone matches no one.
    const byName = await previewed(
      `First name,Last name,Email,Mobile\n${a?.firstName},Upd,,07700 900444\n`,
      { mode: 'update' },
    );
    expect(byName.counts.error).toBe(1);
  });

  it('survives a crash mid-commit: finished batches stay, nothing is half-written, the re-run completes without duplicates', async () => {
    const lines = Array.from(
      { length: 1200 },
      (_, i) => `Crash,Test,crash${i}.${Date.now()}@example.test,C-${i},Left,Eligibility`,
    );
    const created = await previewed(`${HEADER}\n${lines.join('\n')}\n`);
    expect(created.counts.create).toBe(1200);
    commitLimits.batchRows = 500;
    commitHooks.afterBatch = (_id, batch) => {
      if (batch === 2) throw new Error('power cut');
    };
    const response = await admin.request('POST', `/api/v1/imports/${created.id}/commit`);
    expect(response.statusCode).toBe(202);
    await drainJobs(deps(), { logger: { error: () => {} } });
    expect(await learnersCalled('Test')).toBe(500);
    const done = await t.db
      .select({ n: count() })
      .from(importRows)
      .where(and(eq(importRows.importId, created.id), eq(importRows.result, 'created')));
    expect(done[0]?.n).toBe(500);
    const progress = (await admin.get(`/api/v1/imports/${created.id}`)).json();
    expect(progress).toMatchObject({ status: 'committing', done: 500, total: 1200 });
    commitHooks.afterBatch = undefined;
    commitLimits.batchRows = 1000;
    await t.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.type, 'commit-import'));
    await drainJobs(deps(), { logger: { error: () => {} } });
    expect(await learnersCalled('Test')).toBe(1200);
    const finished = (await admin.get(`/api/v1/imports/${created.id}`)).json();
    expect(finished).toMatchObject({
      status: 'committed',
      counts: { create: 1200, error: 0 },
      done: 1200,
    });
  });
});

describe('access', () => {
  it('keeps an administrator with some groups inside them, through the file too', async () => {
    const outside = await addLearner(t.db, w, {
      email: `outside.${email()}`,
      groups: [w.groups.right],
      surname: 'Outside',
    });
    const file = `${HEADER},Mobile\nIn,Side,${email()},R1,Right,Eligibility,\nUp,Date,${outside.email},R1,Left,Eligibility,07700 900999\n`;
    const created = await previewed(file, {}, leftAdmin);
    const errors = await rowsOf(created.id, '&verdict=error', leftAdmin);
    expect(errors.map((r) => r.line)).toEqual([2, 3]);
    expect(errors[0]?.errors.Group).toMatch(/No group you can access is called 'Right'/);
    expect(errors[1]?.errors.Email).toMatch(/already registered/);
    expect(errors[1]?.errors.Email).not.toMatch(/Outside|user ID/);
    const update = await previewed(
      `Email,Mobile\n${outside.email},07700 900999\n`,
      { mode: 'update' },
      leftAdmin,
    );
    expect(update.counts).toMatchObject({ update: 0, error: 1 });
    await commit(update.id, leftAdmin);
    const [still] = await t.db.select().from(users).where(eq(users.id, outside.id));
    expect(still?.mobile).toBeNull();
    const refused = await upload(
      `${HEADER}\n${good()}\n`,
      { defaultGroupId: String(w.groups.right.id) },
      leftAdmin,
    );
    expect(refused.statusCode).toBe(422);
  });

  it("hides an import from another tenant's administrator and from a partial-access one who did not upload it", async () => {
    const created = await previewed(`${HEADER}\n${good()}\n`);
    const other = await signInAs(t, w.other.tenant, w.other.admin);
    for (const client of [other, leftAdmin]) {
      for (const path of ['', '/rows', '/results.csv'])
        expect((await client.get(`/api/v1/imports/${created.id}${path}`)).statusCode).toBe(404);
      expect(
        (await client.request('POST', `/api/v1/imports/${created.id}/commit`)).statusCode,
      ).toBe(404);
      const list = (await client.get('/api/v1/imports')).json();
      expect(list.items.map((i: { id: number }) => i.id)).not.toContain(created.id);
    }
    const mine = (await admin.get('/api/v1/imports?pageSize=100')).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toContain(created.id);
  });

  it('serves the template with every column', async () => {
    const response = await admin.get('/api/v1/imports/template.csv');
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith(`\ufeff${HEADER},Username,`)).toBe(true);
  });
});

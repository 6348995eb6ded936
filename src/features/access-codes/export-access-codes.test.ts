import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCode } from '../../../test/support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildGroup, buildTenant } from '../../../test/support/factories.js';

let t: TestApp;
let owner: Client;
let sibling: Client;
const codes: Record<string, string> = {};
let tenantId = 0;
let bigGroupId = 0;
let lineGroupId = 0;

const HEADER =
  'Code,Status,Registered email,Description,Group,Date issued,Date activated,Creator email,Date expired';

beforeAll(async () => {
  t = await startTestApp();
  const tenant = await buildTenant(t.db);
  tenantId = tenant.id;
  const london = await buildGroup(t.db, tenant, '=London');
  const leeds = await buildGroup(t.db, tenant, 'Leeds, "North"');
  const big = await buildGroup(t.db, tenant, 'Bulk');
  bigGroupId = big.id;
  const lines = await buildGroup(t.db, tenant, 'Lines');
  lineGroupId = lines.id;
  const injected = await insertAccessCode(
    t.db,
    { tenantId, groupId: london.id },
    {
      description: '=HYPERLINK("http://evil.test","click")',
      creatorEmail: '@admin@x.test',
      registeredEmail: '+44@example.test',
      issuedAt: new Date('2026-06-30T23:30:00Z'),
      activatedAt: new Date('2026-07-31T23:30:00Z'),
      expiresAt: new Date('2026-09-28T23:30:00Z'),
    },
  );
  const quoted = await insertAccessCode(
    t.db,
    { tenantId, groupId: leeds.id },
    {
      description: 'Line one\nline "two", with comma',
      creatorEmail: 'amy@x.test',
      issuedAt: new Date('2026-01-15T12:00:00Z'),
      expiresAt: new Date(Date.now() - 86_400_000),
    },
  );
  const tabbed = await insertAccessCode(
    t.db,
    { tenantId, groupId: leeds.id },
    {
      description: '\t-2+3',
      issuedAt: new Date('2026-02-01T12:00:00Z'),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  );
  Object.assign(codes, { injected: injected.code, quoted: quoted.code, tabbed: tabbed.code });
  owner = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [london, leeds, big, lines]));
  sibling = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [leeds]));
});
afterAll(() => t.close());

const exportCsv = (query = '', client = owner) =>
  client.get(`/api/v1/access-codes/export.csv?${query}`);

describe('Export to CSV', () => {
  it('is a UTF-8 CSV with a BOM, CRLF line ends, a header row and a download name', async () => {
    const response = await exportCsv(`groupId=${bigGroupId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="roster-access-codes.csv"',
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('writes dates as dd/mm/yyyy in London time, adds Date expired, and neutralises formulas', async () => {
    const response = await exportCsv(`code=${codes.injected}`);
    const lines = response.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe(
      `${codes.injected},Activated,'+44@example.test,"'=HYPERLINK(""http://evil.test"",""click"")",'=London,01/07/2026,01/08/2026,'@admin@x.test,29/09/2026`,
    );
    expect(lines[2]).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180) and neutralises a leading tab', async () => {
    const response = await exportCsv(`sort=issuedAt`);
    const rows: string[][] = parse(response.body, { bom: true, record_delimiter: '\r\n' });
    expect(rows[0]).toEqual(HEADER.split(','));
    const byCode = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byCode.get(codes.quoted)).toEqual([
      codes.quoted,
      'Expired',
      '',
      'Line one\nline "two", with comma',
      'Leeds, "North"',
      '15/01/2026',
      '',
      'amy@x.test',
      expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/),
    ]);
    expect(byCode.get(codes.tabbed)?.[1]).toBe('Not activated');
    expect(byCode.get(codes.tabbed)?.[3]).toBe("'\t-2+3");
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      codes.quoted,
      codes.tabbed,
      codes.injected,
    ]);
  });

  it('applies the grid filters and sort', async () => {
    const parsed = async (query: string) =>
      (parse((await exportCsv(query)).body, { bom: true }) as string[][])
        .slice(1)
        .map((row) => row[0]);
    expect(await parsed('status=Activated')).toEqual([codes.injected]);
    expect(await parsed('status=Expired')).toEqual([codes.quoted]);
    expect(await parsed('sort=issuedAt&order=desc')).toEqual([
      codes.injected,
      codes.tabbed,
      codes.quoted,
    ]);
    expect(await parsed('creatorEmail=amy')).toEqual([codes.quoted]);
    expect((await exportCsv('status=Nope')).statusCode).toBe(422);
  });

  it('contains only codes of groups the administrator can access', async () => {
    const body = (await exportCsv('', sibling)).body;
    expect(body).toContain(codes.quoted);
    expect(body).not.toContain(codes.injected);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/access-codes/export.csv' })).statusCode,
    ).toBe(401);
  });

  it('streams thousands of rows across read chunks in grid order', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => ({
      tenantId,
      groupId: bigGroupId,
      code: `B${String(i).padStart(4, '0')}-BULK${i % 10}`,
      description: `Row ${i}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    }));
    const { accessCodes } = await import('../../db/schema.js');
    for (let start = 0; start < rows.length; start += 1000)
      await t.db.insert(accessCodes).values(rows.slice(start, start + 1000));
    const response = await exportCsv(`groupId=${bigGroupId}&sort=code&order=desc`);
    const parsedRows = (parse(response.body, { bom: true }) as string[][]).slice(1);
    expect(parsedRows).toHaveLength(4500);
    expect(parsedRows[0]?.[0]).toBe('B4499-BULK9');
    expect(parsedRows.at(-1)?.[0]).toBe('B0000-BULK0');
  });

  it('neutralises a formula after a line break: no line of the file begins with one', async () => {
    const generated = await owner.request('POST', '/api/v1/access-codes', {
      quantity: 1,
      description: 'x\n=1+1\r\n@SUM(A1)\r-2',
      groupIds: [lineGroupId],
    });
    expect(generated.statusCode).toBe(201);
    const response = await exportCsv(`groupId=${lineGroupId}`);
    for (const line of response.body.slice(1).split(/\r\n|\r|\n/))
      expect(line, JSON.stringify(line)).not.toMatch(/^[=+\-@\t]/);
    const rows: string[][] = parse(response.body, { bom: true, record_delimiter: '\r\n' });
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[3]).toBe("x\n'=1+1\r\n'@SUM(A1)\r'-2");
    expect(response.body).toContain(`"x\n'=1+1\r\n'@SUM(A1)\r'-2"`);
  });
});

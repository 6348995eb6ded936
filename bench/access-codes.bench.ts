/**
 * Access codes: generating 10,000 codes, then listing, filtering and exporting 100,000 of them
 * through the same use cases the API calls.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../src/db/client.js';
import { tenants } from '../src/db/schema.js';
import { generateAccessCode } from '../src/domain/access-code.js';
import {
  insertAccessCodes,
  type NewAccessCode,
} from '../src/features/access-codes/access-codes.queries.js';
import {
  ZAccessCodeFilters,
  ZListAccessCodesQuery,
} from '../src/features/access-codes/access-codes.schema.js';
import { exportAccessCodes } from '../src/features/access-codes/export-access-codes.js';
import { generateAccessCodes } from '../src/features/access-codes/generate-access-codes.js';
import { listAccessCodes } from '../src/features/access-codes/list-access-codes.js';
import { createGroup } from '../src/features/groups/create-group.js';
import { benchActor, insertBenchAdmin } from './bench-tenant.js';
import { type Bench, median, timed } from './support.js';

const GENERATED = 10_000;
const TOTAL = 100_000;
const DAY = 86_400_000;

async function setUp(db: Db) {
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: 'bench', name: 'Bench Training', accessCodeLimit: 1_000_000 })
    .returning();
  if (!tenant) throw new Error('no tenant');
  const groupIds: number[] = [];
  for (let r = 0; r < 3; r++) {
    const root = await createGroup(db, tenant.id, `College ${r}`);
    groupIds.push(root.id);
    for (let c = 0; c < 10; c++)
      groupIds.push((await createGroup(db, tenant.id, `Campus ${r}.${c}`, root.id)).id);
  }
  const admin = await insertBenchAdmin(db, tenant.id);
  const actor = benchActor(tenant, admin, groupIds);
  return { tenantId: tenant.id, groupIds, actor };
}

/** Codes issued over the last 200 days: about a third used, the old unused ones expired. */
function seedRows(
  tenantId: number,
  groupIds: number[],
  count: number,
  taken: Set<string>,
): NewAccessCode[] {
  const rows: NewAccessCode[] = [];
  const now = Date.now();
  for (let i = 0; rows.length < count; i++) {
    const code = generateAccessCode(randomBytes);
    if (taken.has(code)) continue;
    taken.add(code);
    const issuedAt = new Date(now - (i % 200) * DAY - (i % 86_400) * 1000);
    const used = i % 3 === 0;
    rows.push({
      tenantId,
      code,
      groupId: groupIds[i % groupIds.length] ?? 0,
      description: `Intake ${i % 50}`,
      creatorEmail: `admin${i % 5}@example.test`,
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + 90 * DAY),
      activatedAt: used ? new Date(issuedAt.getTime() + 2 * DAY) : null,
      registeredEmail: used ? `learner${i}@example.test` : null,
    });
  }
  return rows;
}

const bench: Bench = {
  name: 'access-codes',
  async run({ db, kind, emit }) {
    const { tenantId, groupIds, actor } = await setUp(db);

    const generated = await timed(() =>
      generateAccessCodes(db, actor, {
        quantity: GENERATED,
        description: 'Bench batch',
        groupIds: [groupIds[0] ?? 0],
      }),
    );
    emit({ name: 'generate_access_codes', count: GENERATED, ms: generated.ms });

    const taken = new Set(generated.result.items.map((item) => item.code));
    const rows = seedRows(tenantId, groupIds, TOTAL - GENERATED, taken);
    const seeded = await timed(() => db.transaction((tx) => insertAccessCodes(tx, rows)));
    emit({ name: 'seed_access_codes_multirow_insert', count: rows.length, ms: seeded.ms });
    // Fresh statistics, as autovacuum would gather on a live database.
    await db.execute('analyze access_codes');

    const someCode = rows[12_345]?.code ?? '';
    const queries: [string, string][] = [
      ['default first page (id asc)', ''],
      ['page 5,000 (deep offset)', 'page=5000'],
      ['code exact', `code=${someCode.toLowerCase()}`],
      ['code part', `code=${someCode.slice(0, 4)}`],
      ['status NotActivated, sort group desc', 'status=NotActivated&sort=group&order=desc'],
      ['group subtree, sort registeredEmail', `groupId=${groupIds[0]}&sort=registeredEmail`],
      [
        'issued range + creator email, sort issuedAt desc',
        `issuedFrom=${isoDaysAgo(60)}&issuedTo=${isoDaysAgo(30)}&creatorEmail=admin3&sort=issuedAt&order=desc`,
      ],
      ['status Expired, sort status, page 20', 'status=Expired&sort=status&page=20'],
    ];
    for (const [label, query] of queries) {
      const parsed = ZListAccessCodesQuery.parse(Object.fromEntries(new URLSearchParams(query)));
      let total = 0;
      const ms = await median(5, async () => {
        total = (await listAccessCodes(db, actor, parsed)).total;
      });
      emit({
        name: 'list_access_codes',
        count: 1,
        ms,
        query: label,
        matched: total,
        tableRows: TOTAL,
      });
    }

    for (const [label, query] of [
      ['all, id asc', ''],
      ['all, sort group desc', 'sort=group&order=desc'],
      ['status Activated', 'status=Activated'],
    ] as const) {
      const filters = ZAccessCodeFilters.parse(Object.fromEntries(new URLSearchParams(query)));
      let bytes = 0;
      let lines = 0;
      const { ms } = await timed(async () => {
        for await (const chunk of await exportAccessCodes(db, actor, filters)) {
          const text = String(chunk);
          bytes += Buffer.byteLength(text);
          for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) lines++;
        }
      });
      emit({
        name: 'export_access_codes_csv',
        count: lines - 1,
        ms,
        query: label,
        bytes,
        tableRows: TOTAL,
      });
    }
    if (kind === 'postgres') await db.execute('analyze');
  },
};

function isoDaysAgo(days: number) {
  return new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
}

export default bench;

/**
 * Bulk upload of learners (issue 10): generated files of 10,000 and 100,000 new learners
 * (BENCH_IMPORT_ROWS) imported into a tenant already holding 1,000,000 users
 * (BENCH_EXISTING_USERS), through the import use cases, preview and commit timed apart. Beside
 * each, measured in the same run: a bare COPY of the same rows into a copy of `users` (same
 * columns, indexes and existing rows). `vsBareCopy` is import time over COPY time (goal: at most
 * 3); `peakRssMb` the process's peak memory during the import. Invitations off: mail is the
 * outbox's work.
 */
import { createReadStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitImport } from '../src/features/imports/commit-import.js';
import { createImport } from '../src/features/imports/create-import.js';
import { getImport } from '../src/features/imports/get-import.js';
import { loadImportActor } from '../src/features/imports/import-actor.js';
import { previewImport } from '../src/features/imports/preview-import.js';
import { spoolUpload } from '../src/features/imports/spool-upload.js';
import { startCommit } from '../src/features/imports/start-commit.js';
import { setUpBenchTenant } from './bench-tenant.js';
import { bareCopy, prepareBareTable, removeBareRows, seedExistingUsers } from './million-users.js';
import { type Bench, timed } from './support.js';

const SIZES = (process.env.BENCH_IMPORT_ROWS ?? '10000,100000').split(',').map(Number);
const EXISTING = Number(process.env.BENCH_EXISTING_USERS ?? 1_000_000);
const PUBLIC_URL = 'http://bench.test';
const round = (n: number) => Math.round(n * 1000) / 1000;

/** The process's peak resident memory while `work` runs, sampled every 20 ms. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    return { result, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
  } finally {
    clearInterval(sampler);
  }
}

const bench: Bench = {
  name: 'imports',
  async run({ db, kind, emit }) {
    const world = await setUpBenchTenant(db);
    const [campus, apprentices] = world.groups;
    if (!campus || !apprentices) throw new Error('no groups');
    const seeded = await timed(() =>
      seedExistingUsers(
        db,
        {
          id: world.tenantId,
          groupId: campus.id,
          rootId: campus.rootId,
          programmeId: world.programme.id,
          ownerId: world.admin.id,
        },
        EXISTING,
      ),
    );
    emit({ name: 'import_seed_existing_users', count: EXISTING, ms: seeded.ms });
    await prepareBareTable(db);
    const actor = await loadImportActor(db, world.tenantId, world.admin.id);

    for (const rows of SIZES) {
      const prefix = `import${rows}.`;
      const header = 'First name,Last name,Email,Reference number,Group,Programme,Case owner';
      const lines = Array.from(
        { length: rows },
        (_, i) =>
          `First${i},Surname${i},${prefix}${i}@bench.example,REF${rows}-${i},Apprentices,Bench programme,${world.admin.email}`,
      );
      const file = join(tmpdir(), `roster-bench-import-${process.pid}-${rows}.csv`);
      await writeFile(file, `${header}\r\n${lines.join('\r\n')}\r\n`);

      const csv = Array.from(
        { length: rows },
        (_, i) =>
          `${world.tenantId},learner,bare${prefix}${i}@bench.example,First${i},Surname${i},REF${rows}-${i},${world.programme.id},${world.admin.id},Prospect`,
      ).join('\n');
      const bare = await timed(() => bareCopy(db, kind, `${csv}\n`));
      await removeBareRows(db, `bare${prefix}`);
      emit({ name: 'import_bare_copy', count: rows, ms: bare.ms, existingUsers: EXISTING });

      const spooled = await spoolUpload(createReadStream(file));
      const created = await createImport(db, actor, {
        path: spooled.path,
        facts: spooled.facts,
        fileName: 'bench.csv',
        mode: 'create',
        defaultGroupId: null,
        sendInvitations: false,
      });
      await spooled.remove();
      await rm(file);
      const preview = await withPeakMemory(() =>
        timed(() => previewImport(db, actor.tenantId, created.id)),
      );
      const previewed = await getImport(db, actor, created.id);
      if (previewed.counts.create !== rows)
        throw new Error(`preview: ${JSON.stringify(previewed.counts)}`);
      emit({
        name: 'import_preview',
        count: rows,
        ms: preview.result.ms,
        vsBareCopy: round(preview.result.ms / bare.ms),
        peakRssMb: preview.peakRssMb,
      });
      await startCommit(db, actor, created.id, PUBLIC_URL);
      const commit = await withPeakMemory(() =>
        timed(() => commitImport(db, actor.tenantId, created.id, PUBLIC_URL)),
      );
      const committed = await getImport(db, actor, created.id);
      if (committed.status !== 'committed') throw new Error(`commit: ${committed.status}`);
      emit({
        name: 'import_commit',
        count: rows,
        ms: commit.result.ms,
        vsBareCopy: round(commit.result.ms / bare.ms),
        peakRssMb: commit.peakRssMb,
      });
      const both = preview.result.ms + commit.result.ms;
      emit({
        name: 'import_preview_and_commit',
        count: rows,
        ms: both,
        vsBareCopy: round(both / bare.ms),
        withinGoal: both <= 3 * bare.ms,
        existingUsers: EXISTING,
      });
    }
  },
};

export default bench;

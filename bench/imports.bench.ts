/**
 * Bulk upload of learners (issue 10): a generated file of 10,000 new learners read, previewed
 * and committed through the import use cases, the preview and the commit timed apart, beside a
 * bare multi-row INSERT of the same rows into the same tables measured in the same run
 * (`vsBareInsert`: import rows/s over bare rows/s). Invitations off: mail is the outbox's work.
 */

import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { users } from '../src/db/schema.js';
import { commitImport } from '../src/features/imports/commit-import.js';
import { createImport } from '../src/features/imports/create-import.js';
import { getImport } from '../src/features/imports/get-import.js';
import { loadImportActor } from '../src/features/imports/import-actor.js';
import { previewImport } from '../src/features/imports/preview-import.js';
import { spoolUpload } from '../src/features/imports/spool-upload.js';
import { startCommit } from '../src/features/imports/start-commit.js';
import { setUpBenchTenant } from './bench-tenant.js';
import { type Bench, timed } from './support.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const PUBLIC_URL = 'http://bench.test';

const bench: Bench = {
  name: 'imports',
  async run({ db, emit }) {
    const world = await setUpBenchTenant(db);
    const header = 'First name,Last name,Email,Reference number,Group,Programme,Case owner';
    const lines = Array.from(
      { length: ROWS },
      (_, i) =>
        `First${i},Surname${i},import.${i}@bench.example,REF${i},Apprentices,Bench programme,${world.admin.email}`,
    );
    const file = join(tmpdir(), `roster-bench-import-${process.pid}.csv`);
    await writeFile(file, `${header}\r\n${lines.join('\r\n')}\r\n`);

    const bare = await timed(() =>
      db.transaction(async (tx) => {
        for (let at = 0; at < ROWS; at += 1000)
          await tx.insert(users).values(
            Array.from({ length: Math.min(1000, ROWS - at) }, (_, n) => ({
              tenantId: world.tenantId,
              type: 'learner' as const,
              email: `bare.${at + n}@bench.example`,
              firstName: `First${at + n}`,
              surname: `Surname${at + n}`,
              referenceNumber: `BARE${at + n}`,
              programmeId: world.programme.id,
              caseOwnerId: world.admin.id,
            })),
          );
      }),
    );
    emit({ name: 'import_bare_insert', count: ROWS, ms: bare.ms });

    const actor = await loadImportActor(db, world.tenantId, world.admin.id);
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
    const preview = await timed(() => previewImport(db, actor.tenantId, created.id));
    const previewed = await getImport(db, actor, created.id);
    if (previewed.counts.create !== ROWS)
      throw new Error(`preview: ${JSON.stringify(previewed.counts)}`);
    emit({
      name: 'import_preview',
      count: ROWS,
      ms: preview.ms,
      vsBareInsert: Math.round((bare.ms / preview.ms) * 1000) / 1000,
    });
    await startCommit(db, actor, created.id, PUBLIC_URL);
    const commit = await timed(() => commitImport(db, actor.tenantId, created.id, PUBLIC_URL));
    const committed = await getImport(db, actor, created.id);
    if (committed.status !== 'committed') throw new Error(`commit: ${committed.status}`);
    emit({
      name: 'import_commit',
      count: ROWS,
      ms: commit.ms,
      vsBareInsert: Math.round((bare.ms / commit.ms) * 1000) / 1000,
    });
  },
};

export default bench;

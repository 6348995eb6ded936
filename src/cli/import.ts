/**
 * `npm run import -- FILE --tenant demo --as admin@demo.example [--mode upsert] [--commit]
 * [--no-invitations] [--default-group ID]`: the upload from the command line, acting as an
 * administrator of the tenant with their groups. Prints the counts and every problem by row
 * and column; with --commit imports the valid rows. On PGlite stop the server first (its data
 * directory admits one process).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '../db/client.js';
import { tenants, users } from '../db/schema.js';
import { commitImport } from '../features/imports/commit-import.js';
import { createImport, type ImportMode } from '../features/imports/create-import.js';
import { getImport } from '../features/imports/get-import.js';
import { loadImportActor } from '../features/imports/import-actor.js';
import { listImportRows } from '../features/imports/list-import-rows.js';
import { previewImport } from '../features/imports/preview-import.js';
import { spoolUpload } from '../features/imports/spool-upload.js';
import { startCommit } from '../features/imports/start-commit.js';
import { readConfig } from '../platform/config.js';
import { AppError } from '../platform/errors.js';

const USAGE =
  'npm run import -- FILE --tenant SLUG --as ADMIN_EMAIL [--mode create|update|upsert] [--commit] [--no-invitations] [--default-group ID]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      as: { type: 'string' },
      mode: { type: 'string', default: 'upsert' },
      commit: { type: 'boolean', default: false },
      'no-invitations': { type: 'boolean', default: false },
      'default-group': { type: 'string' },
    },
  });
  const [file] = positionals;
  const mode = values.mode as ImportMode;
  if (!file || !values.tenant || !values.as || !['create', 'update', 'upsert'].includes(mode)) {
    console.error(`Usage: ${USAGE}`);
    process.exit(2);
  }
  const config = readConfig();
  const database = await openDatabase(config);
  try {
    const db = database.db;
    const [admin] = await db
      .select({ id: users.id, tenantId: users.tenantId })
      .from(users)
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(
        and(eq(tenants.slug, values.tenant), eq(users.email, values.as), eq(users.type, 'admin')),
      );
    if (!admin)
      throw new AppError(
        'not_found',
        `No administrator ${values.as} in tenant ${values.tenant}.`,
        404,
      );
    const actor = await loadImportActor(db, admin.tenantId, admin.id);
    const spooled = await spoolUpload(createReadStream(file));
    let id: number;
    try {
      const created = await createImport(db, actor, {
        path: spooled.path,
        facts: spooled.facts,
        fileName: basename(file),
        mode,
        defaultGroupId: values['default-group'] ? Number(values['default-group']) : null,
        sendInvitations: !values['no-invitations'],
      });
      id = created.id;
    } finally {
      await spooled.remove();
    }
    const started = Date.now();
    await previewImport(db, actor.tenantId, id);
    const preview = await getImport(db, actor, id);
    console.log(
      `Import ${id} of ${preview.total} rows previewed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(preview.counts)}`,
    );
    if (preview.unknownColumns.length)
      console.log(`Columns ignored (no field matches them): ${preview.unknownColumns.join(', ')}`);
    for (let page = 1; ; page++) {
      const rows = await listImportRows(db, actor, id, { verdict: 'error', page, pageSize: 500 });
      for (const row of rows.items)
        for (const [column, message] of Object.entries(row.errors))
          console.log(`  row ${row.line}, ${column}: ${message}`);
      if (page * 500 >= rows.total) break;
    }
    if (!values.commit) {
      console.log('Nothing written. Run again with --commit to import the valid rows.');
      return;
    }
    await startCommit(db, actor, id, config.publicUrl);
    const committing = Date.now();
    await commitImport(db, actor.tenantId, id, config.publicUrl);
    const done = await getImport(db, actor, id);
    console.log(
      `Import ${id} ${done.status} in ${((Date.now() - committing) / 1000).toFixed(1)} s: ${JSON.stringify(done.counts)}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
});

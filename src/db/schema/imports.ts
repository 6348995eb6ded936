/** Bulk uploads of learners from CSV (issue 10): one row an upload, one row a line of its file. */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { at, createdAt, sameTenant, tenantRef } from './tenants.js';
import { users } from './users.js';

export const IMPORT_MODES = ['create', 'update', 'upsert'] as const;
export const IMPORT_STATUSES = [
  'uploaded',
  'previewing',
  'previewed',
  'committing',
  'committed',
  'failed',
] as const;
export const IMPORT_VERDICTS = ['create', 'update', 'unchanged', 'error'] as const;
export const IMPORT_RESULTS = ['created', 'updated', 'unchanged', 'failed', 'skipped'] as const;

/** Counts of a preview, by verdict. */
export type ImportCounts = Record<(typeof IMPORT_VERDICTS)[number], number>;

export const imports = pgTable(
  'imports',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    createdBy: integer().notNull(),
    /** Who pressed Import (the commit acts as them); null until then. */
    committedBy: integer(),
    fileName: text().notNull(),
    mode: text({ enum: IMPORT_MODES }).notNull(),
    defaultGroupId: integer(),
    sendInvitations: boolean().notNull(),
    status: text({ enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    /** The file's headers in order, each with the learner field it was matched to (or null). */
    columns: jsonb().$type<{ header: string; field: string | null }[]>().notNull(),
    counts: jsonb()
      .$type<ImportCounts>()
      .notNull()
      .default({ create: 0, update: 0, unchanged: 0, error: 0 }),
    /** Rows processed of `total` by the running step (preview or commit). */
    done: integer().notNull().default(0),
    total: integer().notNull().default(0),
    error: text(),
    createdAt: createdAt(),
    previewedAt: at(),
    committedAt: at(),
  },
  (t) => [
    unique('imports_tenant_id_key').on(t.tenantId, t.id),
    sameTenant('imports_created_by_same_tenant', [t.tenantId, t.createdBy], users),
    sameTenant('imports_committed_by_same_tenant', [t.tenantId, t.committedBy], users),
    index().on(t.tenantId, t.createdAt),
    check('imports_done_le_total', sql`${t.done} <= ${t.total}`),
  ],
);

export const importRows = pgTable(
  'import_rows',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    tenantId: tenantRef(),
    importId: integer().notNull(),
    /** Line of the file where the row starts (the header is line 1). */
    line: integer().notNull(),
    /** The row's cells by the file's own header. */
    values: jsonb().$type<Record<string, string>>().notNull(),
    /** lower(trim(email)) of the row, to find an email used twice in one file. */
    emailKey: text(),
    verdict: text({ enum: IMPORT_VERDICTS }),
    /** Problems by the file's column header. */
    errors: jsonb().$type<Record<string, string>>().notNull().default({}),
    matchedUserId: integer(),
    /** What the commit did with the row; null until it did. */
    result: text({ enum: IMPORT_RESULTS }),
    resultUserId: integer(),
    reason: text(),
  },
  (t) => [
    sameTenant('import_rows_import_same_tenant', [t.tenantId, t.importId], imports).onDelete(
      'cascade',
    ),
    index('import_rows_import_line').on(t.importId, t.line),
    index('import_rows_import_email').on(t.importId, t.emailKey),
    index('import_rows_import_verdict').on(t.importId, t.verdict, t.line),
  ],
);

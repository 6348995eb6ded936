/** Requests and answers of /imports (CONTRACT.md). */
import { z } from 'zod';
import { IMPORT_MODES, IMPORT_RESULTS, IMPORT_STATUSES, IMPORT_VERDICTS } from '../../db/schema.js';
import { listOf, MAX_INT4, zQueryId } from '../../platform/api-schemas.js';

export const ZImportCounts = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
});

/** The multipart form of an upload (documented; the parts are read as a stream). */
export const ZImportUpload = z
  .object({
    file: z.string().meta({ format: 'binary' }).describe('The CSV file'),
    defaultGroupId: z
      .string()
      .regex(/^[0-9]{1,10}$/)
      .optional()
      .describe('Group id for rows whose Group is empty'),
    sendInvitations: z.enum(['true', 'false']).default('true').describe('Invite created learners'),
    mode: z
      .enum(IMPORT_MODES)
      .default('upsert')
      .describe('create: new only; update: existing only; upsert: both'),
  })
  .nullish();

export const ZImportCreated = z.object({
  id: z.number().int(),
  status: z.enum(IMPORT_STATUSES),
  counts: ZImportCounts,
});

export const ZImport = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mode: z.enum(IMPORT_MODES),
  status: z.enum(IMPORT_STATUSES),
  counts: ZImportCounts.describe('By verdict once previewed; what was done once committed'),
  done: z.number().int().describe('Rows processed by the running step'),
  total: z.number().int().describe('Rows the running step processes'),
  createdAt: z.iso.datetime(),
  error: z.string().nullable(),
  sendInvitations: z.boolean(),
  defaultGroupId: z.number().int().nullable(),
  unknownColumns: z.array(z.string()).describe('Columns of the file that match no field (ignored)'),
  createdBy: z.object({ id: z.number().int(), name: z.string() }),
});
export type TImport = z.infer<typeof ZImport>;

export const ZImportList = listOf(ZImport);

export const ZImportListQuery = z.object({
  page: z.coerce.number().int().min(1, 'page starts at 1.').max(MAX_INT4).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'pageSize is at most 100.').default(10),
});

export const ZImportRowsQuery = ZImportListQuery.extend({
  verdict: z.enum(IMPORT_VERDICTS).optional(),
  pageSize: z.coerce.number().int().min(1).max(500, 'pageSize is at most 500.').default(50),
});

export const ZImportRow = z.object({
  line: z.number().int().describe('Row of the file (the header is row 1)'),
  verdict: z.enum(IMPORT_VERDICTS),
  values: z.record(z.string(), z.string()).describe("The row's cells by the file's column header"),
  errors: z
    .record(z.string(), z.string())
    .describe("Problems by the file's column header ('Row' for the whole row)"),
  result: z.enum(IMPORT_RESULTS).nullable().describe('What the import did with the row'),
  reason: z.string().nullable(),
});
export const ZImportRows = listOf(ZImportRow);

export const ZImportParams = z.object({ id: zQueryId() });

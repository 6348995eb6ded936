import { z } from 'zod';
import { listOf, ZPaging, zIsoDate, zQueryId } from '../../platform/api-schemas.js';

export const AUDIT_SORTS = ['at', 'action'] as const;

const isoDay = (name: string) =>
  zIsoDate(`${name} must be a date like 2026-11-24.`)
    .optional()
    .describe('ISO date, inclusive, in the tenant time zone');

const filterShape = {
  userId: zQueryId('userId must be a user id.')
    .optional()
    .describe('Entries about this user only (404 when the caller cannot see them)'),
  actorId: zQueryId('actorId must be a user id.')
    .optional()
    .describe('Entries made by this person'),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,64}$/, 'action is an action name, like user_updated.')
    .optional(),
  from: isoDay('from'),
  to: isoDay('to'),
  sort: z.enum(AUDIT_SORTS).default('at'),
  order: z.enum(['asc', 'desc']).default('desc'),
};

const checkRange = (query: { from?: string; to?: string }, context: z.RefinementCtx) => {
  if (query.from && query.to && query.from > query.to)
    context.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from.' });
};

/** Filters shared by the list and the CSV export; newest first unless told. */
export const ZAuditFilters = z.object(filterShape).superRefine(checkRange);
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZAuditQuery = ZPaging.extend(filterShape).superRefine(checkRange);
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

const ZFields = z
  .record(z.string(), z.unknown())
  .nullable()
  .describe('Fields as they were (before) or became (after); secrets are never included');

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorId: z.number().int().nullable().describe('Null for the system (expiry, automatic unlock)'),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string().describe('user, access_code, group, …'),
  entityId: z.string().nullable(),
  userId: z.number().int().nullable().describe('The user the entry is about, if any'),
  userName: z.string().nullable(),
  before: ZFields,
  after: ZFields,
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditList = listOf(ZAuditEntry);

import { z } from 'zod';
import { ACCESS_CODE_SORTS, ACCESS_CODE_STATUSES } from '../../domain/vocabulary.js';
import { ZAccessCodeStatus } from '../../platform/api-enums.js';
import { listOf, repeatedInt, ZPaging, zId, zIsoDate } from '../../platform/api-schemas.js';

export { ACCESS_CODE_STATUSES };

/** Most codes one request may make per group; the tenant limit still applies on top. */
export const MAX_QUANTITY = 10_000;

const QUANTITY_MESSAGE = `Quantity must be a whole number from 1 to ${MAX_QUANTITY}, in digits only.`;

export const ZAccessCode = z.object({
  id: z.number().int(),
  code: z.string(),
  status: ZAccessCodeStatus,
  groupId: z.number().int(),
  groupName: z.string(),
  description: z.string().nullable(),
  registeredEmail: z.string().nullable(),
  registeredUserId: z.number().int().nullable(),
  issuedAt: z.iso.datetime(),
  activatedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  creatorEmail: z.string().nullable(),
});
export type TAccessCode = z.infer<typeof ZAccessCode>;

export const ZAccessCodeList = listOf(ZAccessCode);

/** Quantity arrives as a JSON number or as the digits typed into the form. */
const ZQuantity = z
  .union([z.number(), z.string()], QUANTITY_MESSAGE)
  .transform((value, context) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    const quantity = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
    if (!(quantity >= 1 && quantity <= MAX_QUANTITY)) {
      context.addIssue({ code: 'custom', message: QUANTITY_MESSAGE });
      return z.NEVER;
    }
    return quantity;
  })
  .describe(`Codes to make for each chosen group: 1 to ${MAX_QUANTITY}, digits only`);

export const ZGenerateAccessCodesRequest = z.object({
  quantity: ZQuantity,
  description: z
    .string()
    .trim()
    .max(500, 'The description can be at most 500 characters long.')
    .nullish()
    .transform((value) => value || null),
  groupIds: z
    .array(zId('Choose groups by their ID.'), 'Choose at least one group.')
    .min(1, 'Choose at least one group.')
    .max(50, 'Choose at most 50 groups at once.'),
});
export type TGenerateAccessCodesRequest = z.infer<typeof ZGenerateAccessCodesRequest>;

export const ZGenerateAccessCodesResponse = z.object({
  items: z.array(ZAccessCode),
  warnings: z
    .array(z.string())
    .describe('Things the administrator should know, e.g. codes shared by several groups'),
  remaining: z.number().int().describe('Access codes the tenant may still issue'),
});

export { ACCESS_CODE_SORTS };

const isoDay = (name: string) =>
  zIsoDate(`${name} must be a date like 2026-11-24.`)
    .optional()
    .describe('ISO date, inclusive, in the tenant time zone');

type DateRange = {
  activatedFrom?: string;
  activatedTo?: string;
  issuedFrom?: string;
  issuedTo?: string;
};

function checkRanges(query: DateRange, context: z.RefinementCtx) {
  for (const [from, to] of [
    ['activatedFrom', 'activatedTo'],
    ['issuedFrom', 'issuedTo'],
  ] as const) {
    const start = query[from];
    const end = query[to];
    if (start && end && start > end)
      context.addIssue({
        code: 'custom',
        path: [to],
        message: `${to} must not be before ${from}.`,
      });
  }
}

const filterShape = {
  code: z.string().trim().max(50).optional(),
  groupId: repeatedInt('groupId must be a group id.').describe(
    'Repeatable; includes each group subtree',
  ),
  status: z
    .enum(ACCESS_CODE_STATUSES, 'status is Activated, NotActivated, Expired or Revoked.')
    .optional(),
  activatedFrom: isoDay('activatedFrom'),
  activatedTo: isoDay('activatedTo'),
  issuedFrom: isoDay('issuedFrom'),
  issuedTo: isoDay('issuedTo'),
  creatorEmail: z.string().trim().max(320).optional(),
  sort: z.enum(ACCESS_CODE_SORTS).default('id'),
  order: z.enum(['asc', 'desc']).default('asc'),
};

/** Filters and sort shared by the grid and the CSV export. */
export const ZAccessCodeFilters = z.object(filterShape).superRefine(checkRanges);
export type TAccessCodeFilters = z.infer<typeof ZAccessCodeFilters>;

export const ZListAccessCodesQuery = ZPaging.extend(filterShape).superRefine(checkRanges);
export type TListAccessCodesQuery = z.infer<typeof ZListAccessCodesQuery>;

const ZCodeIds = z
  .array(zId('Choose access codes by their ID.'), 'Choose at least one access code.')
  .min(1, 'Choose at least one access code.')
  .max(1000, 'Choose at most 1,000 access codes at once.')
  .describe('Rows of the grid; each acts on its code in every group of yours that holds it');

export const ZChangeAccessCodesRequest = z.object({ ids: ZCodeIds });
export type TChangeAccessCodesRequest = z.infer<typeof ZChangeAccessCodesRequest>;

export const ZExtendAccessCodesRequest = z.object({
  ids: ZCodeIds,
  expiresOn: zIsoDate('expiresOn must be a date like 2026-11-24.').describe(
    'The last day the codes work, in the tenant time zone',
  ),
});
export type TExtendAccessCodesRequest = z.infer<typeof ZExtendAccessCodesRequest>;

export const ZChangedAccessCodes = z.object({
  items: z.array(ZAccessCode).describe('Every row changed, the chosen ones and their siblings'),
});

import { z } from 'zod';
import { ZSubscriptionStatus, ZUserType } from '../../platform/api-enums.js';
import { listOf, repeatedInt, ZPaging, zIsoDate } from '../../platform/api-schemas.js';

/** Groups chosen on the overview (subgroups counted with their group); none = every visible one. */
export const ZReportGroups = z.object({ groupId: repeatedInt('groupId must be a group id.') });

/** At most this many days in one activation report. */
export const ACTIVATION_REPORT_MAX_DAYS = 366;

export const ZActivationReportQuery = ZReportGroups.extend({
  from: zIsoDate('from is an ISO date, like 2026-11-01.').optional(),
  to: zIsoDate('to is an ISO date, like 2026-11-30.').optional(),
}).refine((w) => !w.from || !w.to || w.from <= w.to, {
  path: ['to'],
  message: 'to must be on or after from.',
});
export type TActivationReportQuery = z.infer<typeof ZActivationReportQuery>;

export const ZActivationReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  invited: z.number().int().describe('Users sent an invitation in the window'),
  activated: z.number().int().describe('Users who activated their account in the window'),
  pending: z
    .number()
    .int()
    .describe('Users invited and not yet activated today (the Users grid’s Invited count)'),
  days: z.array(
    z.object({ date: z.iso.date(), invited: z.number().int(), activated: z.number().int() }),
  ),
});

const ZStatusCounts = z.object({
  Prospect: z.number().int(),
  Invited: z.number().int(),
  FullUser: z.number().int(),
  Expired: z.number().int(),
  Cancelled: z.number().int(),
  Archived: z.number().int(),
});

export const ZGroupsReport = z.object({
  items: z.array(
    z.object({
      groupId: z.number().int(),
      name: z.string(),
      path: z.string().describe('The group with its parents: "College › Maths"'),
      byStatus: ZStatusCounts,
      total: z.number().int().describe('Users in the group or below it, archived left out'),
    }),
  ),
});

export const ZUsersReportQuery = ZPaging.omit({ order: true }).extend({
  groupId: repeatedInt('groupId must be a group id.'),
  type: ZUserType.optional(),
  status: ZSubscriptionStatus.optional(),
});
export type TUsersReportQuery = z.infer<typeof ZUsersReportQuery>;

export const ZUsersReport = listOf(
  z.object({
    id: z.number().int(),
    name: z.string(),
    email: z.string().nullable(),
    type: ZUserType,
    subscriptionStatus: ZSubscriptionStatus,
    groups: z.array(z.string()),
    createdAt: z.iso.datetime(),
    invitedAt: z.iso.datetime().nullable().describe('When the last invitation was sent'),
    activatedAt: z.iso.datetime().nullable(),
    subscriptionEndsOn: z.iso.date().nullable(),
  }),
);

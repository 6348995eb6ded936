import { z } from 'zod';
import { BULK_ACTION_STATUSES, BULK_ACTIONS } from '../../db/schema.js';
import { zId, zIsoDate } from '../../platform/api-schemas.js';
import { ZListUsersQuery } from '../users/users.schema.js';

/** At most this many users in one bulk action. */
export const BULK_ACTION_MAX_USERS = 50_000;

const ZFilter = ZListUsersQuery.pick({
  q: true,
  email: true,
  type: true,
  status: true,
  groupId: true,
  caseOwnerId: true,
})
  .partial()
  .describe('Every visible user the Users grid filters match');

export const ZCreateBulkAction = z
  .object({
    action: z.enum(BULK_ACTIONS, 'Choose an action.'),
    userIds: z
      .array(zId('A user id is a number.'))
      .min(1, 'Choose at least one user.')
      .max(BULK_ACTION_MAX_USERS)
      .optional(),
    filter: ZFilter.optional(),
    caseOwnerId: zId('Choose the new case owner.').optional(),
    subscriptionEndsOn: zIsoDate(
      'Enter the new end date as an ISO date, like 2027-07-31.',
    ).optional(),
    fromGroupId: zId('Choose the group to move the users out of.').optional(),
    toGroupId: zId('Choose the group to move the users into.').optional(),
  })
  .refine((body) => (body.userIds === undefined) !== (body.filter === undefined), {
    path: ['userIds'],
    message: 'Choose users, or a filter, but not both.',
  })
  .refine((body) => body.action !== 'set-case-owner' || body.caseOwnerId !== undefined, {
    path: ['caseOwnerId'],
    message: 'Choose the new case owner.',
  })
  .refine((body) => body.action !== 'extend' || body.subscriptionEndsOn !== undefined, {
    path: ['subscriptionEndsOn'],
    message: 'Choose the new end date.',
  })
  .refine((body) => body.action !== 'reassign-group' || body.fromGroupId !== undefined, {
    path: ['fromGroupId'],
    message: 'Choose the group to move the users out of.',
  })
  .refine((body) => body.action !== 'reassign-group' || body.toGroupId !== undefined, {
    path: ['toGroupId'],
    message: 'Choose the group to move the users into.',
  })
  .refine((body) => body.fromGroupId === undefined || body.fromGroupId !== body.toGroupId, {
    path: ['toGroupId'],
    message: 'Choose a different group to move the users into.',
  });
export type TCreateBulkAction = z.infer<typeof ZCreateBulkAction>;

export const ZBulkAction = z.object({
  id: z.number().int(),
  action: z.enum(BULK_ACTIONS),
  status: z.enum(BULK_ACTION_STATUSES),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
  results: z.array(
    z.object({
      userId: z.number().int(),
      ok: z.boolean(),
      code: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
});

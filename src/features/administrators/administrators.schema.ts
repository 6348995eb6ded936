/** Administrators (standard): the requests and the record they answer with. */
import { z } from 'zod';
import { SUBSCRIPTION_STATUSES } from '../../domain/subscription.js';
import { zId } from '../../platform/api-schemas.js';
import { ZLearnerFields } from '../users/user-edit.schema.js';

const ZGroupIds = z
  .array(zId('A group id is a number.'), 'Choose at least one group.')
  .max(200, 'At most 200 groups.')
  .describe('Groups the administrator can access; each covers its subtree');

/** The person fields an administrator has, checked by the shared person rules. */
const ZAdministratorPerson = ZLearnerFields.pick({
  username: true,
  title: true,
  firstName: true,
  surname: true,
  email: true,
  mobile: true,
});

export const ZCreateAdministratorRequest = ZAdministratorPerson.extend({
  groupIds: ZGroupIds,
  invite: z
    .boolean('Choose whether to invite the administrator now.')
    .optional()
    .describe('true (default): Invited, and the activation email is sent; false: Prospect'),
}).describe('firstName, surname, email and at least one group are required');
export type TCreateAdministratorRequest = z.infer<typeof ZCreateAdministratorRequest>;

export const ZUpdateAdministratorRequest = ZAdministratorPerson.extend({
  groupIds: ZGroupIds.optional(),
  version: z.number('Send the version you read.').int().min(1).max(2_147_483_647),
});
export type TUpdateAdministratorRequest = z.infer<typeof ZUpdateAdministratorRequest>;

export const ZAdministrator = z
  .object({
    id: z.number().int(),
    username: z.string().nullable(),
    title: z.string().nullable(),
    firstName: z.string(),
    surname: z.string(),
    email: z.string().nullable(),
    mobile: z.string().nullable(),
    subscriptionStatus: z.enum(SUBSCRIPTION_STATUSES),
    groupIds: z.array(z.number().int()).describe('Groups granted (each with its subtree)'),
    groups: z.array(z.object({ id: z.number().int(), name: z.string(), label: z.string() })),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    actions: z.object({ edit: z.boolean(), invite: z.boolean(), deactivate: z.boolean() }),
  })
  .meta({ id: 'Administrator' });
export type TAdministrator = z.infer<typeof ZAdministrator>;

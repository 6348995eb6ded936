import { z } from 'zod';
import { ZSubscriptionStatus } from '../../platform/api-enums.js';

export const ZTenantParams = z.object({
  tenant: z
    .string()
    .min(1)
    .max(100)
    .describe("The training provider's slug, as in its registration link"),
});

export const ZPublicTenant = z.object({ slug: z.string(), name: z.string() });

/** Types only: the use case checks the content, so that every field's problem is told at once. */
export const ZRegistrationRequest = z.object({
  accessCode: z.string('Enter the access code you were given.').max(100),
  firstName: z.string('Enter your first name.').max(1000),
  surname: z.string('Enter your surname.').max(1000),
  email: z.string('Enter your email address.').max(1000),
  password: z.string('Choose a password.').max(1000),
});
export type TRegistrationRequest = z.infer<typeof ZRegistrationRequest>;

export const ZRegisteredUser = z.object({
  id: z.number().int(),
  type: z.literal('learner'),
  username: z.string(),
  firstName: z.string(),
  surname: z.string(),
  email: z.string(),
  groupIds: z.array(z.number().int()),
  subscriptionStatus: ZSubscriptionStatus,
  createdAt: z.iso.datetime(),
});
export type TRegisteredUser = z.infer<typeof ZRegisteredUser>;

import { z } from 'zod';
import { AUTO_UNLOCK_MAX_MINUTES } from '../../domain/account-access.js';
import { ZTenantSettings } from '../../domain/tenant-fields.js';
import {
  SLUG_LENGTH_MESSAGE,
  SLUG_MAX,
  SLUG_MESSAGE,
  SLUG_MIN,
  SLUG_PATTERN,
} from '../../domain/tenant-slug.js';

export const ZTenant = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  settings: ZTenantSettings,
  lockoutThreshold: z.number().int(),
  autoUnlockMinutes: z
    .number()
    .int()
    .nullable()
    .describe('Minutes after which a lockout lifts by itself; null: only an unlock lifts it'),
  accessCodeLimit: z.number().int(),
  accessCodesIssued: z.number().int(),
  accessCodeValidityDays: z.number().int(),
  timeZone: z.string(),
  accessAfterCompletionDays: z
    .number()
    .int()
    .nullable()
    .describe(
      'Days a learner keeps access after completing: the end date given to a completed learner who has none; null: none is given',
    ),
});

export const ZUpdateTenantRequest = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200).optional(),
  settings: ZTenantSettings.optional(),
  lockoutThreshold: z
    .number()
    .int('Use a whole number.')
    .min(1, 'At least 1 failed sign-in.')
    .max(100, 'At most 100 failed sign-ins.')
    .optional(),
  autoUnlockMinutes: z
    .number('Use a whole number of minutes, or leave it empty to switch automatic unlock off.')
    .int('Use a whole number of minutes.')
    .min(1, 'At least 1 minute.')
    .max(AUTO_UNLOCK_MAX_MINUTES, 'At most 10,080 minutes (one week).')
    .nullable()
    .optional(),
  accessCodeLimit: z
    .number()
    .int()
    .min(0, 'The limit cannot be negative.')
    .max(10_000_000)
    .optional(),
  accessCodeValidityDays: z
    .number()
    .int('Use a whole number of days.')
    .min(1, 'At least 1 day.')
    .max(3650, 'At most 3,650 days (ten years).')
    .optional(),
  accessAfterCompletionDays: z
    .number('Use a whole number of days, or leave it empty to give completed learners no end date.')
    .int('Use a whole number of days.')
    .min(0, 'At least 0 days (access ends on the day of completion).')
    .max(3650, 'At most 3,650 days (ten years).')
    .nullable()
    .optional(),
});
export type TUpdateTenantRequest = z.infer<typeof ZUpdateTenantRequest>;

/** One row of the platform support's tenant list. */
export const ZTenantSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  administrators: z.number().int().describe('Standard administrators of the tenant'),
  users: z.number().int().describe('Accounts of every type'),
});

export const ZCreateTenantRequest = z.object({
  slug: z
    .string('Enter a slug.')
    .trim()
    .min(SLUG_MIN, SLUG_LENGTH_MESSAGE)
    .max(SLUG_MAX, SLUG_LENGTH_MESSAGE)
    .regex(SLUG_PATTERN, SLUG_MESSAGE)
    .describe('Typed at sign-in: lowercase letters, digits and single hyphens'),
  name: z
    .string('Enter a name.')
    .trim()
    .min(1, 'Enter a name.')
    .max(200, 'At most 200 characters.'),
  settings: ZTenantSettings.optional(),
  firstAdministrator: z.object(
    {
      firstName: z.string('Enter the first name.').max(1000),
      surname: z.string('Enter the surname.').max(1000),
      email: z.string('Enter the email address.').max(1000),
    },
    'Enter the first administrator.',
  ),
});
export type TCreateTenantRequest = z.infer<typeof ZCreateTenantRequest>;

export const ZCreatedTenant = ZTenant.extend({
  firstAdministrator: z.object({
    id: z.number().int(),
    email: z.string().nullable(),
    subscriptionStatus: z.string(),
    outboxId: z.number().int().nullable().describe('The invitation in the outbox'),
  }),
});

import { z } from 'zod';
import { AUTO_UNLOCK_MAX_MINUTES } from '../../domain/account-access.js';
import { ZTenantSettings } from '../../domain/tenant-fields.js';

export const ZTenant = z.object({
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
});
export type TUpdateTenantRequest = z.infer<typeof ZUpdateTenantRequest>;

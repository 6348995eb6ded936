import { z } from 'zod';
import {
  FIELD_SETTINGS,
  LEARNER_FIELD_LABELS,
  LEARNER_OPTIONAL_FIELDS,
  type TLearnerOptionalField,
} from './learner-fields.js';

export { LEARNER_FIELD_LABELS, LEARNER_OPTIONAL_FIELDS, type TLearnerOptionalField };

/** The name of an optional learner field. */
export const ZLearnerOptionalField = z.enum(LEARNER_OPTIONAL_FIELDS);

/** How a tenant treats an optional field: not shown, shown, or shown and required. */
export const ZFieldSetting = z.enum(FIELD_SETTINGS);
/** How a tenant treats an optional field. */
export type TFieldSetting = z.infer<typeof ZFieldSetting>;

/**
 * A tenant's settings as kept by platform support. Anything left out takes its default: every
 * field visible, console and classic on, SAML and multi-factor sign-in off, no SAML identity
 * providers. Console and classic cannot both be off, as the seeds say.
 */
export const ZTenantSettings = z.object({
  fields: z.partialRecord(ZLearnerOptionalField, ZFieldSetting).default({}),
  features: z
    .object({
      saml: z.boolean().default(false),
      console: z.boolean().default(true),
      classic: z.boolean().default(true),
      multiFactor: z.boolean().default(false),
    })
    .refine((f) => f.console || f.classic, {
      message: 'At least one of console and classic access must be switched on.',
      path: ['console'],
    })
    .prefault({}),
  samlIdentityProviders: z
    .array(z.string().trim().min(1, 'An identity provider needs a name.'))
    .refine((names) => new Set(names).size === names.length, {
      message: 'Each identity provider must have a different name.',
    })
    .default([]),
});
/** A tenant's settings with every default filled in. */
export type TTenantSettings = z.infer<typeof ZTenantSettings>;

/** The settings of a tenant that has changed nothing. */
export const DEFAULT_TENANT_SETTINGS: TTenantSettings = ZTenantSettings.parse({});

/** How `key` is treated in this tenant: its setting, or visible when none is stored. */
export function fieldState(settings: TTenantSettings, key: TLearnerOptionalField): TFieldSetting {
  return settings.fields[key] ?? 'visible';
}

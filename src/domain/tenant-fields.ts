import { z } from 'zod';

/** The optional learner fields a tenant can hide, show or make mandatory. */
export const LEARNER_OPTIONAL_FIELDS = [
  'preferredName',
  'title',
  'personalEmail',
  'referrer',
  'referrerAddress',
  'referrerContact',
  'targetProgramme',
  'postcode',
  'line1',
  'line2',
  'town',
  'county',
  'country',
  'learningProvider',
  'employer',
  'employerAddress',
  'manager',
  'mentor',
  'referenceNumber',
  'minRateOfPay',
] as const;

/** The name of an optional learner field. */
export const ZLearnerOptionalField = z.enum(LEARNER_OPTIONAL_FIELDS);
/** The name of an optional learner field. */
export type TLearnerOptionalField = z.infer<typeof ZLearnerOptionalField>;

/** How a tenant treats an optional field: not shown, shown, or shown and required. */
export const ZFieldSetting = z.enum(['hidden', 'visible', 'mandatory']);
/** How a tenant treats an optional field. */
export type TFieldSetting = z.infer<typeof ZFieldSetting>;

/** Field labels as the Edit User page shows them, for messages such as "Employer is required." */
export const LEARNER_FIELD_LABELS: Record<TLearnerOptionalField, string> = {
  preferredName: 'Preferred name',
  title: 'Title',
  personalEmail: 'Personal email',
  referrer: 'Referrer',
  referrerAddress: 'Referrer address',
  referrerContact: 'Referrer contact',
  targetProgramme: 'Target programme',
  postcode: 'Postcode',
  line1: 'Address 1',
  line2: 'Address 2',
  town: 'Town/City',
  county: 'County',
  country: 'Country',
  learningProvider: 'Learning provider',
  employer: 'Employer',
  employerAddress: 'Employer address',
  manager: 'Manager',
  mentor: 'Mentor',
  referenceNumber: 'Reference number',
  minRateOfPay: 'Minimum rate of pay',
};

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

import { z } from 'zod';
import { ORGANISATION_TYPES } from '../../db/schema.js';
import { ZOrganisationType } from '../../platform/api-enums.js';
import { MAX_INT4 } from '../../platform/api-schemas.js';

const text = (max: number) =>
  z.string('Enter text here.').max(max, `At most ${max} characters.`).nullish();

export const ZOrganisation = z.object({
  id: z.number().int(),
  name: z.string(),
  type: ZOrganisationType,
  ukprn: z.string().nullable().describe('UK Provider Reference Number, for providers'),
  mainAimRegistrationNumber: z.string().nullable(),
  archivedAt: z.iso
    .datetime()
    .nullable()
    .describe('Set once archived: the organisation leaves the pickers, learners keep it'),
  version: z.number().int().describe('Send it back with an edit'),
});

export const ZListOrganisationsQuery = z.object({
  type: z
    .enum(ORGANISATION_TYPES, 'type is own, training, employer or referrer.')
    .optional()
    .describe('own (your organisation), training, employer or referrer'),
  archived: z
    .enum(['exclude', 'include', 'only'], 'archived is exclude, include or only.')
    .default('exclude')
    .describe('Whether archived organisations are listed (exclude by default)'),
});
export type TListOrganisationsQuery = z.infer<typeof ZListOrganisationsQuery>;

/** Types only: create-organisation-address checks the content, every field at once. */
export const ZCreateAddressRequest = z.object({
  postcode: text(100),
  line1: text(1000),
  line2: text(1000),
  town: text(1000),
  county: text(1000),
  country: text(200),
});
export type TCreateAddressRequest = z.infer<typeof ZCreateAddressRequest>;

export const ZOrganisationAddress = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  label: z.string().describe('"1 Park Row, Leeds, LS1 4AP", as dropdowns show it'),
  postcode: z.string(),
  line1: z.string(),
  line2: z.string().nullable(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  country: z.string().nullable(),
});

export const ZCreateContactRequest = z.object({
  name: text(1000),
  email: text(1000),
  phone: text(200),
});
export type TCreateContactRequest = z.infer<typeof ZCreateContactRequest>;

export const ZOrganisationContact = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  label: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const ZOrganisationDetail = ZOrganisation.extend({
  addresses: z.array(ZOrganisationAddress),
  contacts: z.array(ZOrganisationContact),
});

/** Types only: check-organisation checks the content, every field at once. */
export const ZCreateOrganisationRequest = z.object({
  name: text(1000),
  type: z.enum(ORGANISATION_TYPES, 'Choose the kind of organisation.'),
  ukprn: text(100).describe('Training and own organisations only: 8 digits starting with 1'),
  mainAimRegistrationNumber: text(1000),
  address: ZCreateAddressRequest.nullish().describe('A first address, added with the record'),
});
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

/** A field left out stays as it is; null clears it. The kind of organisation never changes. */
export const ZUpdateOrganisationRequest = z.object({
  version: z.number('Send the version you read.').int().min(1).max(MAX_INT4),
  name: text(1000),
  ukprn: text(100),
  mainAimRegistrationNumber: text(1000),
});
export type TUpdateOrganisationRequest = z.infer<typeof ZUpdateOrganisationRequest>;

/**
 * Request shapes for creating and editing a learner. Types only, with generous caps: the rules
 * in learners/rules/ check the content, so every field's problem is told at once, by its name.
 * A key left out means "leave as it is"; null (or "") means "clear it".
 */
import { z } from 'zod';
import { EMPLOYER_ROLES } from '../../domain/vocabulary.js';
import { MAX_INT4, zId } from '../../platform/api-schemas.js';

const text = (max: number) =>
  z.string('Enter text here.').max(max, `At most ${max} characters.`).nullish();
const id = zId('Choose one from the list.').nullish();

export const ZAddressInput = z
  .object({
    postcode: text(100),
    line1: text(1000),
    line2: text(1000),
    town: text(1000),
    county: text(1000),
    country: text(200),
  })
  .partial();
export type TAddressInput = z.infer<typeof ZAddressInput>;

/** Every learner field an administrator may set, on the Add User and Edit User forms alike. */
export const ZLearnerFields = z.object({
  username: text(1000),
  firstName: text(1000),
  surname: text(1000),
  preferredName: text(1000),
  title: text(1000),
  gender: z.enum(['male', 'female'], 'Choose Male or Female.').nullish(),
  email: text(1000),
  personalEmail: text(1000),
  mobile: text(200),
  dateOfBirth: text(40).describe('ISO date (2001-02-28); dd/mm/yyyy is read too'),
  subscriptionEndsOn: text(40).describe(
    'The day the subscription ends, ISO (2027-07-31) or dd/mm/yyyy; after it the account expires',
  ),
  nationalInsuranceNumber: text(100),
  groupIds: z
    .array(zId('A group id is a number.'), 'Choose at least one group.')
    .max(200)
    .optional(),
  caseOwnerId: id,
  targetProgrammeId: id,
  referenceNumber: text(1000),
  employerId: id,
  employerAddressId: id,
  managerId: id,
  mentorId: id,
  learningProviderId: id,
  referrerId: id,
  referrerAddressId: id,
  referrerContactId: id,
  minRateOfPay: text(200),
  advicePackMode: z.enum(['default', 'individual'], 'Choose Default or Individual.').nullish(),
  advicePack: z.enum(['standard', 'professional'], 'Choose Standard or Professional.').nullish(),
  address: ZAddressInput.nullish(),
  authenticationType: z.enum(['password', 'saml'], 'Choose password or SAML.').optional(),
  samlIdentityProvider: text(200),
  samlUniqueId: text(1000),
  consoleAccess: z.boolean('Tick or untick the box.').optional(),
  classicAccess: z.boolean('Tick or untick the box.').optional(),
  customFields: z
    .record(z.string().max(100), z.string('Enter text here.').max(4000).nullable())
    .optional()
    .describe('Values of the custom fields of the learner programme, by key; null clears one'),
});
export type TLearnerFields = z.infer<typeof ZLearnerFields>;

/** What only an employer user has: roles and a position (create-employer.txt). */
export const ZEmployerChoices = z.object({
  roles: z
    .array(z.enum(EMPLOYER_ROLES, `A role is one of: ${EMPLOYER_ROLES.join(', ')}.`))
    .max(EMPLOYER_ROLES.length)
    .optional()
    .describe('Employer users only: the roles assigned (replaced whole)'),
  positionId: id.describe('Employer users only: a position from GET /positions'),
  positionTitle: z
    .string('Enter text here.')
    .max(1000)
    .nullish()
    .describe('Employer users only: a position by title, an existing one or a new one'),
});

/**
 * PATCH /users/:id. Read-only keys of the user (id, type, groups, actions, …) may be sent back
 * and are ignored; programmeId may be sent only unchanged (it is set when the learner is created).
 * A learner takes the learner fields; an employer user takes the fields of Add Employer (a
 * learner-only field sent with a value is refused by name, and so are roles for a learner).
 */
export const ZUpdateUserRequest = ZLearnerFields.extend({
  ...ZEmployerChoices.shape,
  version: z
    .number('Send the version of the user you loaded.')
    .int()
    .positive()
    .max(MAX_INT4)
    .describe('The version you loaded; a stale one is a 409 version_conflict'),
  programmeId: id,
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

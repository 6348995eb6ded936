/** Requests and answers of Add User (POST /learners) and the form's options (GET /learner-options). */
import { z } from 'zod';
import { LEARNER_OPTIONAL_FIELDS, ZFieldSetting } from '../../domain/tenant-fields.js';
import { ZAdvicePack, ZCustomField } from '../../platform/api-enums.js';
import { repeatedInt, zId, zQueryId } from '../../platform/api-schemas.js';
import { ZLearnerFields } from '../users/user-edit.schema.js';

export const ZCreateLearnerRequest = ZLearnerFields.extend({
  invite: z
    .boolean('Choose whether to invite the learner now.')
    .describe('true: Invited, and the activation email is sent; false: Prospect (cannot sign in)'),
  programmeId: zId('Choose one from the list.')
    .nullish()
    .describe('Programme to apply: application or delivery, offered by the chosen groups'),
}).describe(
  'firstName, surname, gender, email and groupIds are required; caseOwnerId defaults to you and is required while any administrator qualifies; username defaults to the email',
);
export type TCreateLearnerRequest = z.infer<typeof ZCreateLearnerRequest>;

/** An optional id in a query string: `employerId=` (empty) counts as left out. */
const optionalId = (message: string) =>
  z.preprocess((value) => (value === '' ? undefined : value), zQueryId(message).optional());

export const ZLearnerOptionsQuery = z.object({
  groupIds: repeatedInt('groupIds must be group ids.').describe(
    "The groups chosen on the form; without it, the learner's current groups (with userId)",
  ),
  employerId: optionalId('employerId must be an organisation id.'),
  referrerId: optionalId('referrerId must be an organisation id.'),
  userId: optionalId('userId must be a user id.').describe('The learner being edited'),
  programmeId: optionalId('programmeId must be a programme id.').describe(
    "Programme whose custom fields and advice packs apply (defaults to the learner's)",
  ),
});
export type TLearnerOptionsQuery = z.infer<typeof ZLearnerOptionsQuery>;

const ZNamed = z.object({ id: z.number().int(), name: z.string() });
const ZLabelled = z.object({ id: z.number().int(), label: z.string() });
const ZProgrammeOption = ZNamed.extend({ type: z.enum(['application', 'delivery']) });

/** A manager or mentor candidate, with what tells namesakes apart. */
const ZLinkablePerson = ZNamed.extend({
  email: z.string().nullable(),
  organisation: z.string().nullable().describe('The employer organisation'),
});

export const ZLearnerOptions = z.object({
  caseOwners: z.array(ZNamed.extend({ email: z.string().nullable() })),
  programmes: z.array(ZProgrammeOption),
  targetProgrammes: z.array(ZProgrammeOption),
  learningProviders: z.array(ZNamed),
  employers: z.array(ZNamed),
  employerAddresses: z.array(ZLabelled),
  managers: z.array(ZLinkablePerson).describe('Employer users of the employer who share a group'),
  mentors: z.array(ZLinkablePerson),
  referrers: z.array(ZNamed),
  referrerAddresses: z.array(ZLabelled),
  referrerContacts: z.array(
    ZLabelled.extend({
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  samlIdentityProviders: z.array(z.string()).describe('Empty unless SAML is switched on'),
  customFields: z
    .array(ZCustomField)
    .describe('The custom fields of the programme: values go in customFields.<key>'),
  fieldSettings: z
    .record(z.enum(LEARNER_OPTIONAL_FIELDS), ZFieldSetting)
    .describe('How the tenant treats each optional field, every field listed'),
  features: z.object({
    saml: z.boolean(),
    console: z.boolean(),
    classic: z.boolean(),
    multiFactor: z.boolean().describe('On: mobile is mandatory'),
  }),
  minRatesOfPay: z.array(z.string()),
  advice: z.object({
    enabled: z.boolean().describe('Show advice packs (the programme has advice switched on)'),
    defaultPack: ZAdvicePack.nullable(),
    packs: z
      .array(ZAdvicePack)
      .describe('The packs the programme offers; Individual may still choose any pack'),
  }),
  referenceTemplate: z
    .object({ prefix: z.string(), digits: z.number().int() })
    .nullable()
    .describe(
      "The programme's reference template: when the programme is applied to a learner with no reference number, it gives the next number; a typed number is kept",
    ),
  lock: z
    .object({ locked: z.boolean(), fields: z.array(z.string()), message: z.string().nullable() })
    .optional()
    .describe('With userId: fields kept by the funding (ILR) lock'),
  caseOwnerStillValid: z
    .boolean()
    .optional()
    .describe("With userId: whether the learner's case owner qualifies for the chosen groups"),
});
export type TLearnerOptions = z.infer<typeof ZLearnerOptions>;

/**
 * The API's enums as named component schemas of the OpenAPI document, so the web app's
 * generated types call them by name (`components['schemas']['SubscriptionStatus']`). One zod
 * instance per name: an id may be registered once. Request schemas that give an enum its own
 * error message keep their inline copy of the same list.
 */
import { z } from 'zod';
import {
  ACCESS_CODE_STATUSES,
  ADMIN_ROLES,
  ADVICE_PACK_MODES,
  ADVICE_PACKS,
  AUTHENTICATION_TYPES,
  CUSTOM_FIELD_KINDS,
  EMPLOYER_ROLES,
  GENDERS,
  ORGANISATION_TYPES,
  PROGRAMME_TYPES,
  SUBSCRIPTION_STATUSES,
  USER_TYPES,
} from '../domain/vocabulary.js';

export const ZSubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES).meta({ id: 'SubscriptionStatus' });
export const ZUserType = z.enum(USER_TYPES).meta({ id: 'UserType' });
export const ZAdminRole = z.enum(ADMIN_ROLES).meta({ id: 'AdminRole' });
export const ZGender = z.enum(GENDERS).meta({ id: 'Gender' });
export const ZAdvicePackMode = z.enum(ADVICE_PACK_MODES).meta({ id: 'AdvicePackMode' });
export const ZAdvicePack = z.enum(ADVICE_PACKS).meta({ id: 'AdvicePack' });
export const ZAuthenticationType = z.enum(AUTHENTICATION_TYPES).meta({ id: 'AuthenticationType' });
export const ZAccessCodeStatus = z.enum(ACCESS_CODE_STATUSES).meta({ id: 'AccessCodeStatus' });
export const ZOrganisationType = z.enum(ORGANISATION_TYPES).meta({ id: 'OrganisationType' });
export const ZEmployerRole = z.enum(EMPLOYER_ROLES).meta({ id: 'EmployerRole' });
export const ZProgrammeType = z.enum(PROGRAMME_TYPES).meta({ id: 'ProgrammeType' });
export const ZCustomFieldKind = z.enum(CUSTOM_FIELD_KINDS).meta({ id: 'CustomFieldKind' });
/** A custom field a programme adds to its learners, as every answer shows it. */
export const ZCustomField = z
  .object({
    key: z.string().describe('Names the learner value: customFields.<key>'),
    label: z.string(),
    kind: ZCustomFieldKind,
    options: z.array(z.string()).describe('The choices of a choice field'),
    mandatory: z.boolean(),
  })
  .meta({ id: 'CustomField' });

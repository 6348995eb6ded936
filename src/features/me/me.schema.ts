/** The signed-in person's own portal: their details, their password, an employer's learners. */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy.js';
import { ZEmployerRole, ZSubscriptionStatus, ZUserType } from '../../platform/api-enums.js';
import { listOf, ZPaging } from '../../platform/api-schemas.js';

const ZNamed = z.object({ id: z.number().int(), name: z.string() });

/** GET /me: what a learner or employer user sees of their own account. */
export const ZMe = z.object({
  id: z.number().int(),
  type: ZUserType,
  title: z.string().nullable(),
  firstName: z.string(),
  surname: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  mobile: z.string().nullable(),
  subscriptionStatus: ZSubscriptionStatus,
  subscriptionEndsOn: z.iso.date().nullable().describe('The day access ends, if set'),
  caseOwner: z
    .object({ name: z.string(), email: z.string().nullable() })
    .nullable()
    .describe('Learners: the administrator who looks after them'),
  programme: ZNamed.nullable().describe('Learners: their programme'),
  employer: ZNamed.nullable().describe('The employer organisation'),
  manager: z.string().nullable().describe('Learners: their manager’s name'),
  mentor: z.string().nullable().describe('Learners: their mentor’s name'),
  employerRoles: z.array(ZEmployerRole).describe('Employer users: their roles'),
  passwordSignIn: z
    .boolean()
    .describe('Signs in with a password (and so may change it); false for SAML sign-in'),
});
export type TMe = z.infer<typeof ZMe>;

/** PUT /me/password. */
export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1, 'Enter a new password.').max(PASSWORD_MAX_LENGTH),
});

/** How a learner is linked to the employer user looking at them. */
export const LINKS = ['manager', 'mentor', 'group'] as const;

export const MANAGED_SORTS = ['name', 'email', 'status', 'endsOn'] as const;
export const ZManagedLearnersQuery = ZPaging.extend({
  q: z.string().trim().max(200).optional().describe('Part of a name or email'),
  sort: z.enum(MANAGED_SORTS).default('name'),
});
export type TManagedLearnersQuery = z.infer<typeof ZManagedLearnersQuery>;

export const ZManagedLearner = z.object({
  id: z.number().int(),
  firstName: z.string(),
  surname: z.string(),
  email: z.string().nullable(),
  programme: ZNamed.nullable(),
  subscriptionStatus: ZSubscriptionStatus,
  subscriptionEndsOn: z.iso.date().nullable(),
  links: z
    .array(z.enum(LINKS))
    .describe('manager or mentor: you are theirs; group: in your groups (View all role)'),
});
export const ZManagedLearnerList = listOf(ZManagedLearner);

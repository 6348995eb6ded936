/**
 * The fixed lists of values the API speaks in. Free of zod and of I/O so that the web app
 * imports these same lists (for its filters and choices) instead of keeping copies; the OpenAPI
 * document names each one (src/platform/api-enums.ts), and the web app's generated types check
 * its use of them (web/src/api/contract-checks.ts).
 */

/** Every subscription status a user can have (see docs/glossary.md). */
export const SUBSCRIPTION_STATUSES = [
  'Prospect',
  'Invited',
  'FullUser',
  'Expired',
  'Cancelled',
  'Archived',
] as const;

/** The kinds of user. */
export const USER_TYPES = ['learner', 'employer', 'admin'] as const;

/** Each kind of user as a person reads it, on screen and in files. */
export const USER_TYPE_LABELS: Record<(typeof USER_TYPES)[number], string> = {
  learner: 'Learner',
  employer: 'Employer user',
  admin: 'Administrator',
};

/** What an administrator is: one of the provider's, or the platform's support. */
export const ADMIN_ROLES = ['standard', 'support'] as const;

export const GENDERS = ['male', 'female'] as const;

/** Whether a learner takes the tenant's default advice pack or one chosen for them. */
export const ADVICE_PACK_MODES = ['default', 'individual'] as const;
export const ADVICE_PACKS = ['standard', 'professional'] as const;
export const ADVICE_PACK_LABELS: Record<(typeof ADVICE_PACKS)[number], string> = {
  standard: 'Standard',
  professional: 'Professional',
};

/** Programme types: application (eligibility and onboarding) or delivery (see the glossary). */
export const PROGRAMME_TYPES = ['application', 'delivery'] as const;
export const PROGRAMME_TYPE_LABELS: Record<(typeof PROGRAMME_TYPES)[number], string> = {
  application: 'Application / eligibility',
  delivery: 'Delivery',
};

/** What a programme's custom field holds on the learner: free text, a date, or one of options. */
export const CUSTOM_FIELD_KINDS = ['text', 'date', 'choice'] as const;

/** How a user signs in. */
export const AUTHENTICATION_TYPES = ['password', 'saml'] as const;

export const ACCESS_CODE_STATUSES = ['Activated', 'NotActivated', 'Expired', 'Revoked'] as const;

/** The columns the access code list sorts by. */
export const ACCESS_CODE_SORTS = [
  'id',
  'code',
  'status',
  'registeredEmail',
  'description',
  'group',
  'issuedAt',
  'activatedAt',
  'creatorEmail',
] as const;

export const ORGANISATION_TYPES = ['own', 'training', 'employer', 'referrer'] as const;

/** What an employer user may do for the learners linked to them. */
export const EMPLOYER_ROLES = ['manager', 'mentor', 'view_all_in_groups'] as const;

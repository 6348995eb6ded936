/**
 * The optional learner fields a tenant can hide, show or require, and their labels. Free of
 * zod and of I/O so that the web app imports this same list instead of keeping a copy.
 */
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
export type TLearnerOptionalField = (typeof LEARNER_OPTIONAL_FIELDS)[number];

/** How a tenant treats an optional field: not shown, shown, or shown and required. */
export const FIELD_SETTINGS = ['hidden', 'visible', 'mandatory'] as const;

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

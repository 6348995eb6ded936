/**
 * The columns an import file may hold, matched loosely: case, spaces, underscores, hyphens and
 * punctuation do not count ("First name", "first_name", "FIRSTNAME"), and the common aliases
 * are known ("Surname", "Family name", "Email address", "Ref", "NI number", "DOB"). A column
 * no field matches is reported, never fatal.
 */
import { AppError, type AppErrorCode } from '../../platform/errors.js';

export const IMPORT_FIELDS = [
  'firstName',
  'surname',
  'email',
  'referenceNumber',
  'group',
  'programme',
  'username',
  'title',
  'preferredName',
  'gender',
  'personalEmail',
  'mobile',
  'dateOfBirth',
  'nationalInsuranceNumber',
  'postcode',
  'line1',
  'line2',
  'town',
  'county',
  'country',
  'caseOwner',
  'targetProgramme',
  'authenticationType',
  'samlIdentityProvider',
  'samlUniqueId',
  'consoleAccess',
  'classicAccess',
  'subscriptionEndsOn',
  'employer',
  'manager',
  'mentor',
  'learningProvider',
  'referrer',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

interface FieldSpec {
  /** The header the template uses. */
  header: string;
  aliases: string[];
  /** What the "?" panel says the cell accepts. */
  format: string;
}

export const FIELD_SPECS: Record<ImportField, FieldSpec> = {
  firstName: { header: 'First name', aliases: ['forename', 'given name'], format: 'Text' },
  surname: {
    header: 'Last name',
    aliases: ['surname', 'family name', 'lastname'],
    format: 'Text',
  },
  email: {
    header: 'Email',
    aliases: ['email address', 'e-mail', 'e-mail address', 'mail'],
    format: 'An email address with no spaces; an existing learner is matched by it',
  },
  referenceNumber: {
    header: 'Reference number',
    aliases: ['ref', 'reference', 'ref no', 'ref number', 'reference no', 'learner reference'],
    format: 'Text; an existing learner is matched by it when the email matches no one',
  },
  group: {
    header: 'Group',
    aliases: ['groups', 'group name'],
    format:
      'Group name (or "Parent / Child" where two groups share a name); several groups separated by | ; empty: the default group',
  },
  programme: {
    header: 'Programme',
    aliases: ['program', 'programme name'],
    format: 'Programme name',
  },
  username: {
    header: 'Username',
    aliases: ['user name', 'login'],
    format: 'Text; defaults to the email',
  },
  title: { header: 'Title', aliases: [], format: 'Text' },
  preferredName: { header: 'Preferred name', aliases: ['known as'], format: 'Text' },
  gender: { header: 'Gender', aliases: ['sex'], format: 'Male or Female (M or F)' },
  personalEmail: {
    header: 'Personal email',
    aliases: ['personal email address'],
    format: 'An email address',
  },
  mobile: {
    header: 'Mobile',
    aliases: ['mobile number', 'mobile phone', 'phone', 'phone number', 'telephone', 'mobile no'],
    format: 'A mobile number',
  },
  dateOfBirth: {
    header: 'Date of birth',
    aliases: ['dob', 'birth date', 'birthdate'],
    format: 'dd/mm/yyyy',
  },
  nationalInsuranceNumber: {
    header: 'National Insurance number',
    aliases: ['ni number', 'nino', 'ni no', 'ni', 'national insurance', 'national insurance no'],
    format: 'Like QQ 12 34 56 C',
  },
  postcode: {
    header: 'Postcode',
    aliases: ['post code', 'zip', 'zip code'],
    format: 'A UK postcode',
  },
  line1: { header: 'Address line 1', aliases: ['address 1', 'address', 'line 1'], format: 'Text' },
  line2: { header: 'Address line 2', aliases: ['address 2', 'line 2'], format: 'Text' },
  town: { header: 'Town', aliases: ['city', 'town city'], format: 'Text' },
  county: { header: 'County', aliases: [], format: 'Text' },
  country: { header: 'Country', aliases: [], format: 'Text (United Kingdom checks the postcode)' },
  caseOwner: {
    header: 'Case owner',
    aliases: ['caseowner', 'case owner email', 'assessor', 'tutor'],
    format: "The administrator's email (or full name when only one administrator has it)",
  },
  targetProgramme: {
    header: 'Target programme',
    aliases: ['target program'],
    format: 'Delivery programme name',
  },
  authenticationType: {
    header: 'Authentication type',
    aliases: ['auth type', 'authentication', 'sso', 'sign in type'],
    format: 'password or SAML',
  },
  samlIdentityProvider: {
    header: 'SAML identity provider',
    aliases: ['identity provider', 'idp'],
    format: "One of the organisation's SAML identity providers",
  },
  samlUniqueId: {
    header: 'SAML unique ID',
    aliases: ['saml id', 'unique id', 'sso id', 'saml unique identifier'],
    format: "The learner's id at the identity provider",
  },
  consoleAccess: { header: 'Console access', aliases: ['console'], format: 'Yes or No' },
  classicAccess: { header: 'Classic access', aliases: ['classic'], format: 'Yes or No' },
  subscriptionEndsOn: {
    header: 'End date',
    aliases: ['subscription end date', 'subscription ends', 'expiry date', 'expires', 'end'],
    format: 'dd/mm/yyyy, not in the past',
  },
  employer: {
    header: 'Employer',
    aliases: ['employer name', 'employer organisation', 'company'],
    format: 'An employer organisation, by name',
  },
  manager: {
    header: 'Manager',
    aliases: ['manager email', 'line manager'],
    format: "The email of an employer user of the row's employer",
  },
  mentor: {
    header: 'Mentor',
    aliases: ['mentor email', 'workplace mentor'],
    format: "The email of an employer user of the row's employer",
  },
  learningProvider: {
    header: 'Learning provider',
    aliases: ['training provider', 'provider'],
    format: 'Your own organisation or a training organisation, by name',
  },
  referrer: {
    header: 'Referrer',
    aliases: ['referrer organisation', 'referred by'],
    format: 'A referrer organisation, by name',
  },
};

/** Mandatory columns of a file that creates learners. */
export const CREATE_COLUMNS: ImportField[] = [
  'firstName',
  'surname',
  'email',
  'referenceNumber',
  'group',
  'programme',
];

/** The header in comparable form: lower case, letters and digits only. */
export const normaliseHeader = (header: string) =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const BY_NAME = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  const spec = FIELD_SPECS[field];
  for (const name of [field, spec.header, ...spec.aliases])
    BY_NAME.set(normaliseHeader(name), field);
}

export interface ImportColumn {
  header: string;
  field: ImportField | null;
}

const refuse = (code: AppErrorCode, message: string) => new AppError(code, message, 422);

/**
 * Matches the header row; refuses (422 missing_columns) a file lacking what its mode needs:
 * every mandatory column to create, Email or Reference number to update.
 */
export function matchColumns(
  headers: string[],
  mode: 'create' | 'update' | 'upsert',
): ImportColumn[] {
  const seen = new Set<ImportField>();
  const columns = headers.map((header, i) => {
    const field = BY_NAME.get(normaliseHeader(header)) ?? null;
    const name = header === '' ? `Column ${i + 1}` : header;
    if (field === null || seen.has(field)) return { header: name, field: null };
    seen.add(field);
    return { header: name, field };
  });
  const names = new Set(columns.map((c) => c.header));
  if (names.size !== columns.length)
    throw refuse(
      'invalid_file',
      'Two columns of the header row have the same name. Give each column its own name.',
    );
  if (mode === 'update') {
    if (!seen.has('email') && !seen.has('referenceNumber'))
      throw refuse(
        'missing_columns',
        'The file needs an Email or a Reference number column to find the learners to update.',
      );
    return columns;
  }
  const missing = CREATE_COLUMNS.filter((field) => !seen.has(field));
  if (missing.length > 0)
    throw refuse(
      'missing_columns',
      `The file has no ${missing.map((f) => `"${FIELD_SPECS[f].header}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: a file that creates learners needs First name, Last name, Email, Reference number, Group and Programme. Check the header row (row 1).`,
    );
  if (!columns.some((c) => c.field !== null))
    throw refuse(
      'missing_columns',
      'The first row is not a header row: no column name was recognised.',
    );
  return columns;
}

/** The template file's header row: every column, mandatory ones first. */
export const TEMPLATE_HEADERS = IMPORT_FIELDS.map((field) => FIELD_SPECS[field].header);

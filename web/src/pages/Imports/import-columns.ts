/**
 * The columns an upload file may hold, for the "?" panel, and what to write in each — also
 * shown beside a problem in the preview, so the administrator knows how to put the row right.
 * Headers are matched the way the server matches them: without regard to case, spaces or
 * punctuation ("First name", "first_name", "FIRSTNAME").
 */

export interface ImportColumn {
  /** The header as the template writes it. */
  name: string;
  /** Other headers read as this column. */
  aliases?: string[];
  /** Needed on every row that creates a person (an update needs only what it changes). */
  mandatory: boolean;
  /** What to write, in a sentence. */
  format: string;
  /** An example value. */
  example?: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'First name',
    aliases: ['Forename', 'Given name'],
    mandatory: true,
    format: 'Text.',
    example: 'Amira',
  },
  {
    name: 'Last name',
    aliases: ['Surname', 'Family name'],
    mandatory: true,
    format: 'Text.',
    example: 'Khan',
  },
  {
    name: 'Email',
    aliases: ['Email address', 'Mail'],
    mandatory: true,
    format:
      'One email address with no spaces, used by no other account. An existing learner is found by it when the file updates people.',
    example: 'amira.khan@example.com',
  },
  {
    name: 'Reference number',
    aliases: ['Ref', 'Reference', 'Ref no', 'Learner reference'],
    mandatory: true,
    format:
      'Your own reference for the learner. An existing learner is found by it when the email finds no one.',
    example: 'NG-2026-0142',
  },
  {
    name: 'Group',
    aliases: ['Groups', 'Group name'],
    mandatory: true,
    format:
      'The name of a group you can access; write “Parent / Child” when two groups share a name. Separate several groups with |, each from a different hierarchy. Leave it empty to use the default group chosen on the upload page.',
    example: 'Digital Apprentices',
  },
  {
    name: 'Programme',
    aliases: ['Program', 'Programme name'],
    mandatory: true,
    format: 'The name of a programme offered by the learner’s group.',
    example: 'Software Developer Level 4',
  },
  {
    name: 'Username',
    aliases: ['Login'],
    mandatory: false,
    format: 'Text. Empty means the email address.',
  },
  { name: 'Title', mandatory: false, format: 'Text.', example: 'Ms' },
  { name: 'Preferred name', aliases: ['Known as'], mandatory: false, format: 'Text.' },
  {
    name: 'Gender',
    aliases: ['Sex'],
    mandatory: false,
    format: 'Male or Female (or M or F).',
    example: 'Female',
  },
  {
    name: 'Personal email',
    aliases: ['Personal email address'],
    mandatory: false,
    format: 'An email address with no spaces.',
    example: 'amira@example.org',
  },
  {
    name: 'Mobile',
    aliases: ['Mobile number', 'Mobile phone', 'Phone', 'Phone number', 'Telephone'],
    mandatory: false,
    format: 'A UK mobile number, starting 07 or +44 7.',
    example: '07700 900123',
  },
  {
    name: 'Date of birth',
    aliases: ['DOB', 'Birth date'],
    mandatory: false,
    format: 'A date written dd/mm/yyyy.',
    example: '24/11/2004',
  },
  {
    name: 'National Insurance number',
    aliases: ['NI number', 'NINo', 'National insurance'],
    mandatory: false,
    format: 'Two letters, six digits and A, B, C or D; spaces are allowed.',
    example: 'QQ 12 34 56 C',
  },
  {
    name: 'Postcode',
    aliases: ['Zip', 'Zip code'],
    mandatory: false,
    format: 'A UK postcode.',
    example: 'LS1 4AP',
  },
  {
    name: 'Address line 1',
    aliases: ['Address 1', 'Address', 'Line 1'],
    mandatory: false,
    format: 'Text.',
  },
  { name: 'Address line 2', aliases: ['Address 2', 'Line 2'], mandatory: false, format: 'Text.' },
  { name: 'Town', aliases: ['City', 'Town/City'], mandatory: false, format: 'Text.' },
  { name: 'County', mandatory: false, format: 'Text.' },
  {
    name: 'Country',
    mandatory: false,
    format: 'Text. With United Kingdom, the postcode is checked.',
    example: 'United Kingdom',
  },
  {
    name: 'Case owner',
    aliases: ['Case owner email', 'Assessor', 'Tutor'],
    mandatory: false,
    format:
      'The email address of an administrator who can be case owner for the learner’s group. A full name is accepted only when one administrator has it; when several do, use their email address.',
    example: 'j.patel@provider.example',
  },
  {
    name: 'Target programme',
    aliases: ['Target program'],
    mandatory: false,
    format: 'The name of a delivery programme.',
  },
  {
    name: 'Authentication type',
    aliases: ['Auth type', 'Authentication', 'SSO', 'Sign in type'],
    mandatory: false,
    format: 'Password or SAML. Empty means Password.',
    example: 'SAML',
  },
  {
    name: 'SAML identity provider',
    aliases: ['Identity provider', 'IdP'],
    mandatory: false,
    format: 'One of your organisation’s SAML identity providers, for SAML sign-in.',
  },
  {
    name: 'SAML unique ID',
    aliases: ['SAML id', 'Unique id', 'SSO id'],
    mandatory: false,
    format:
      'The learner’s identifier at your single sign-on provider. Needed when Authentication type is SAML.',
    example: 'amira.khan@college.ac.uk',
  },
  { name: 'Console access', aliases: ['Console'], mandatory: false, format: 'Yes or No.' },
  { name: 'Classic access', aliases: ['Classic'], mandatory: false, format: 'Yes or No.' },
  {
    name: 'End date',
    aliases: ['Subscription end date', 'Expiry date', 'Expires'],
    mandatory: false,
    format: 'The day their access ends, as dd/mm/yyyy; not a day that has passed.',
    example: '31/07/2027',
  },
  {
    name: 'Employer',
    aliases: ['Employer name', 'Company'],
    mandatory: false,
    format: 'The name of one of your employer organisations.',
    example: 'Northwind Care Ltd',
  },
  {
    name: 'Manager',
    aliases: ['Line manager', 'Manager email'],
    mandatory: false,
    format: 'The email of an employer user of that employer who shares a group with the learner.',
  },
  {
    name: 'Mentor',
    aliases: ['Workplace mentor', 'Mentor email'],
    mandatory: false,
    format: 'The email of an employer user of that employer who shares a group with the learner.',
  },
  {
    name: 'Learning provider',
    aliases: ['Training provider', 'Provider'],
    mandatory: false,
    format: 'Your own organisation or one of your training organisations, by name.',
  },
  {
    name: 'Referrer',
    aliases: ['Referred by'],
    mandatory: false,
    format: 'The name of one of your referrer organisations.',
  },
  {
    name: 'A custom field’s name',
    mandatory: false,
    format:
      'A column named after one of the custom fields of the row’s programme (as on the Programmes page) fills it: text, a date as dd/mm/yyyy, or one of its choices.',
  },
];

/** A header reduced to letters and digits, lower case: how headers are compared. */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const byKey = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column.name, ...(column.aliases ?? [])]) byKey.set(headerKey(name), column);
}

/** The column a header of the file names, if it is one Roster knows. */
export const columnFor = (header: string): ImportColumn | undefined => byKey.get(headerKey(header));

export const mandatoryColumns = () => IMPORT_COLUMNS.filter((column) => column.mandatory);

/** What to write in the column a header names, for the hint beside a problem; null if unknown. */
export function formatHint(header: string): string | null {
  const column = columnFor(header);
  // Free text needs no hint: the problem's own message says what is wrong.
  if (!column || column.format === 'Text.') return null;
  // The first sentence is enough beside a problem; the "?" panel has the rest.
  const first = column.format.match(/^.*?\.(?=\s|$)/)?.[0] ?? column.format;
  return column.example ? `${first} For example: ${column.example}` : first;
}

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
  { name: 'First name', aliases: ['Forename'], mandatory: true, format: 'Text.', example: 'Amira' },
  {
    name: 'Last name',
    aliases: ['Surname', 'Family name'],
    mandatory: true,
    format: 'Text.',
    example: 'Khan',
  },
  {
    name: 'Email',
    aliases: ['Email address'],
    mandatory: true,
    format:
      'One email address with no spaces, used by no other account. It identifies the person when the file updates existing people.',
    example: 'amira.khan@example.com',
  },
  {
    name: 'Reference number',
    aliases: ['Reference', 'Learner reference', 'Learner reference number'],
    mandatory: true,
    format:
      'Your own reference for the learner. It also identifies the person when the file updates existing people.',
    example: 'NG-2026-0142',
  },
  {
    name: 'Group',
    mandatory: true,
    format:
      'The name or number of a group you can access, as shown in brackets in the group lists. Leave it empty to use the default group chosen on the upload page. Separate several groups with a semicolon; they must belong to different hierarchies.',
    example: 'Digital Apprentices',
  },
  {
    name: 'Programme',
    aliases: ['Program'],
    mandatory: true,
    format: 'The name of a programme offered by the learner’s group.',
    example: 'Software Developer Level 4',
  },
  { name: 'Preferred name', mandatory: false, format: 'Text.', example: 'Mira' },
  { name: 'Title', mandatory: false, format: 'Mr, Mrs, Miss, Ms, Mx or Dr.', example: 'Ms' },
  { name: 'Gender', mandatory: false, format: 'Male or Female.', example: 'Female' },
  {
    name: 'Date of birth',
    aliases: ['DOB'],
    mandatory: false,
    format: 'A date written dd/mm/yyyy.',
    example: '24/11/2004',
  },
  {
    name: 'Mobile',
    aliases: ['Mobile number', 'Phone'],
    mandatory: false,
    format: 'A UK mobile number: 07 and nine more digits, or +44 7 and nine more digits.',
    example: '07700 900123',
  },
  {
    name: 'Personal email',
    mandatory: false,
    format: 'An email address with no spaces.',
    example: 'amira@example.org',
  },
  {
    name: 'National Insurance number',
    aliases: ['NI number', 'NINo'],
    mandatory: false,
    format: 'Two letters, six digits and A, B, C or D; spaces are allowed.',
    example: 'QQ 12 34 56 C',
  },
  {
    name: 'Postcode',
    mandatory: false,
    format: 'A UK postcode.',
    example: 'LS1 4AP',
  },
  { name: 'Address 1', aliases: ['Address line 1'], mandatory: false, format: 'Text.' },
  { name: 'Address 2', aliases: ['Address line 2'], mandatory: false, format: 'Text.' },
  { name: 'Town/City', aliases: ['Town', 'City'], mandatory: false, format: 'Text.' },
  { name: 'County', mandatory: false, format: 'Text.' },
  { name: 'Country', mandatory: false, format: 'Text.', example: 'United Kingdom' },
  {
    name: 'Case owner',
    mandatory: false,
    format:
      'The email address of an administrator who can be case owner for the learner’s group. A name is accepted only when one administrator has it; when several do, use their email address.',
    example: 'j.patel@provider.example',
  },
  {
    name: 'Authentication type',
    aliases: ['SSO', 'Sign-in type'],
    mandatory: false,
    format: 'Password or SAML. Empty means Password.',
    example: 'SAML',
  },
  {
    name: 'SAML unique id',
    aliases: ['SAML id', 'SSO id'],
    mandatory: false,
    format:
      'The person’s identifier at your single sign-on provider. Needed when Authentication type is SAML.',
    example: 'amira.khan@college.ac.uk',
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

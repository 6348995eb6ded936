import { describe, expect, test } from 'vitest';
import {
  columnFor,
  formatHint,
  headerKey,
  IMPORT_COLUMNS,
  mandatoryColumns,
} from './import-columns';

describe('the columns of an upload file', () => {
  test('the mandatory columns are the six the help centre names', () => {
    expect(mandatoryColumns().map((column) => column.name)).toEqual([
      'First name',
      'Last name',
      'Email',
      'Reference number',
      'Group',
      'Programme',
    ]);
  });

  test('no two columns claim the same header', () => {
    const keys = IMPORT_COLUMNS.flatMap((column) =>
      [column.name, ...(column.aliases ?? [])].map(headerKey),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('headers are matched without regard to case, spaces or punctuation, and by alias', () => {
    for (const header of ['First name', 'first_name', 'FIRSTNAME', ' first-name '])
      expect(columnFor(header)?.name, header).toBe('First name');
    expect(columnFor('Surname')?.name).toBe('Last name');
    expect(columnFor('D.O.B.')?.name).toBe('Date of birth');
    expect(columnFor('NINo')?.name).toBe('National Insurance number');
    expect(columnFor('Post code')?.name).toBe('Postcode');
    expect(columnFor('Favourite colour')).toBeUndefined();
  });

  test('the help says how to write each checked format', () => {
    expect(formatHint('date_of_birth')).toContain('dd/mm/yyyy');
    expect(formatHint('Email')).toContain('no spaces');
    expect(formatHint('National Insurance Number')).toMatch(/Two letters, six digits/);
    expect(formatHint('postcode')).toContain('UK postcode');
    expect(formatHint('Mobile')).toContain('07');
    expect(formatHint('Authentication type')).toBe('Password or SAML. For example: SAML');
    expect(formatHint('SAML unique id')).toContain('single sign-on provider');
    expect(formatHint('Case owner')).toContain('email address');
  });

  test('a hint is the first sentence of the help, with the example', () => {
    expect(formatHint('Email')).toBe(
      'One email address with no spaces, used by no other account. For example: amira.khan@example.com',
    );
    expect(formatHint('Town')).toBeNull();
  });

  test('free-text columns and unknown headers get no hint', () => {
    expect(formatHint('First name')).toBeNull();
    expect(formatHint('Favourite colour')).toBeNull();
  });
});

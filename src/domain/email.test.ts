import { describe, expect, it } from 'vitest';
import { emailKey, isValidEmail, normaliseEmail, sameEmail } from './email.js';

describe('isValidEmail', () => {
  it.each([
    'jo.bloggs@example.co.uk',
    "o'brien@example.com",
    'first+tag@sub.example.org',
    '  padded@example.com  ',
    'x@xn--80ak6aa92e.com',
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    '',
    'plainaddress',
    '@example.com',
    'jo@',
    'jo@example',
    'jo@@example.com',
    'jo bloggs@example.com',
    'jo..bloggs@example.com',
    '.jo@example.com',
    'jo@-example.com',
    'jo@example.c',
    'jo@example..com',
    `${'a'.repeat(65)}@example.com`,
    `jo@${'a'.repeat(250)}.com`,
  ])('rejects %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases the domain only', () => {
    expect(normaliseEmail('  Jo.Bloggs@Example.CO.UK ')).toBe('Jo.Bloggs@example.co.uk');
  });

  it('leaves text without an @ trimmed but otherwise alone', () => {
    expect(normaliseEmail(' Not An Email ')).toBe('Not An Email');
  });
});

describe('emailKey and sameEmail', () => {
  it('ignores case and surrounding spaces', () => {
    expect(emailKey(' Jo@Example.com')).toBe('jo@example.com');
    expect(sameEmail('JO@example.com ', 'jo@EXAMPLE.com')).toBe(true);
  });

  it('tells different addresses apart', () => {
    expect(sameEmail('jo@example.com', 'jo2@example.com')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

const who = { username: 'jbloggs', email: 'Jo.Bloggs@example.co.uk' };

describe('checkPassword', () => {
  it.each([
    'correct horse battery staple',
    'Tr4in!ng-Provider',
    'zebra-kettle-42',
    'ÉtéàParis2026',
  ])('accepts %j', (password) => {
    expect(checkPassword(password, who)).toBeNull();
  });

  it('accepts a password when the user has no username or email yet', () => {
    expect(checkPassword('zebra-kettle-42', {})).toBeNull();
    expect(checkPassword('zebra-kettle-42', { username: null, email: null })).toBeNull();
  });

  it.each([
    ['too short', 'Short1!', 'The password must be at least 10 characters long.'],
    ['too long', 'x'.repeat(257), 'The password must be no more than 256 characters long.'],
    ['containing the username', 'my-JBloggs-2026', 'The password must not contain the username.'],
    [
      'containing the email local part',
      'xx jo.bloggs xx',
      'The password must not contain the email address.',
    ],
    ['one character repeated', 'aaaaaaaaaaaa', /one character repeated/],
    ['an ascending run', 'abcdefghijk', /run of characters/],
    ['a descending run', '9876543210', /run of characters/],
    [
      'a common password',
      'Password123',
      'This password is too common and easy to guess; please choose another.',
    ],
    ['a common password in capitals', 'QWERTYUIOP', /too common/],
  ])('refuses a password %s', (_reason, password, message) => {
    const result = checkPassword(password, who);
    expect(result).not.toBeNull();
    expect(result).toMatch(message);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('🙂🙂🙂🙂🙂ab', who)).toMatch(/at least 10/);
  });

  it('ignores identifiers too short to matter', () => {
    expect(
      checkPassword('zebra-jo-kettle', { username: 'jo', email: 'jo@example.com' }),
    ).toBeNull();
  });
});

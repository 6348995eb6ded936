/** The fewest characters a password may have. */
export const PASSWORD_MIN_LENGTH = 10;
/** The most characters a password may have; generous for passphrases, bounded for hashing. */
export const PASSWORD_MAX_LENGTH = 256;

// Shorter identifiers are skipped: refusing every password containing "jo" would refuse
// good passwords for no gain.
const MIN_IDENTIFIER_LENGTH = 3;

// A short list of the kind of 10+ character passwords that top published breach lists
// (shorter ones already fail on length), compared without regard to case. A fuller check
// against a breach corpus would need I/O and belongs outside the domain.
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0987654321',
  '12345678910',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'password1!',
  'passw0rd123',
  'iloveyou123',
  'welcome123',
  'letmein123',
  'changeme123',
  'football123',
  'liverpool123',
  'administrator',
  'qazwsxedcrfv',
]);

// A run of consecutive characters, such as "abcdefghij" or "9876543210".
function isSequence(password: string): boolean {
  const codes = [...password].map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return (
    (step === 1 || step === -1) &&
    codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step)
  );
}

/**
 * Checks a new password: at least 10 and at most 256 characters, not containing the username
 * or the part of the email before the @, not one character repeated or a run like
 * "abcdefghij", and not a well-known password. Returns a message, or null when acceptable.
 * Deliberately no "must contain a digit and a symbol" rule: NCSC and NIST advise against it.
 */
export function checkPassword(
  password: string,
  who: { username?: string | null; email?: string | null },
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `The password must be no more than ${PASSWORD_MAX_LENGTH} characters long.`;
  }
  const lower = password.toLowerCase();
  const username = who.username?.trim().toLowerCase() ?? '';
  if (username.length >= MIN_IDENTIFIER_LENGTH && lower.includes(username)) {
    return 'The password must not contain the username.';
  }
  const localPart = (who.email ?? '').trim().toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= MIN_IDENTIFIER_LENGTH && lower.includes(localPart)) {
    return 'The password must not contain the email address.';
  }
  if (new Set(password).size === 1 || isSequence(password)) {
    return 'The password must not be one character repeated or a run of characters such as "abcdefghij".';
  }
  if (COMMON_PASSWORDS.has(lower)) {
    return 'This password is too common and easy to guess; please choose another.';
  }
  return null;
}

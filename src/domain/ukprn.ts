/**
 * UK Provider Reference Number: the 8-digit number the UK Register of Learning Providers gives
 * a provider. Every UKPRN starts with 1 (10000000–19999999).
 */
export const INVALID_UKPRN_MESSAGE = 'Enter a UKPRN of 8 digits starting with 1, like 10001234.';

/** True for 8 digits starting with 1; spaces are not accepted, as the ILR has none. */
export function isValidUkprn(s: string): boolean {
  return /^1[0-9]{7}$/.test(s);
}

/** Message shown when a mobile number contains anything but digits, spaces and a leading +. */
export const INVALID_MOBILE_MESSAGE =
  'Enter a mobile number using only digits, spaces and a + at the start, like 07700 900123.';

// 7 digits is the shortest number worth storing; 15 is the E.164 maximum (a UK number
// written with 0044 is 14). The seed allows only '+', spaces and digits; we also insist the
// '+' comes first, because anywhere else it is a typing slip.
const MOBILE = /^\+?[0-9 ]+$/;
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/** True when `s` (trimmed) is only digits and spaces, optionally after one leading '+'. */
export function isValidMobile(s: string): boolean {
  const mobile = s.trim();
  if (!MOBILE.test(mobile)) return false;
  const digits = mobile.replace(/[^0-9]/g, '').length;
  return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
}

/**
 * The digits two mobile numbers are compared by. Mobile numbers are stored as typed; a UK
 * number written internationally (+44 or 0044) is compared in its national form, so
 * "+44 7700 900123" and "07700900123" match.
 */
export function mobileDigits(s: string): string {
  const mobile = s.trim();
  const digits = mobile.replace(/[^0-9]/g, '');
  if (mobile.startsWith('+44')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
  return digits;
}

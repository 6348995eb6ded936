/** Message shown when a National Insurance number is not in HMRC's format. */
export const INVALID_NINO_MESSAGE =
  'Enter a National Insurance number in the correct format, like QQ 12 34 56 C.';

// HMRC's rules (NIM39110): first letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U
// or V; the prefixes BG, GB, NK, KN, TN, NT and ZZ are never issued; six digits; suffix A-D.
const NINO = /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/;

function compact(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

/**
 * The stored form of a National Insurance number: upper case, spaced in HMRC's pairs
 * ("ab123456c" → "AB 12 34 56 C"). Text that is not nine characters once spaces are removed
 * is returned upper-cased without spaces, so validation can still report it.
 */
export function normaliseNino(s: string): string {
  const nino = compact(s);
  if (nino.length !== 9) return nino;
  return `${nino.slice(0, 2)} ${nino.slice(2, 4)} ${nino.slice(4, 6)} ${nino.slice(6, 8)} ${nino.slice(8)}`;
}

/** True when `s`, ignoring case and spaces, is a National Insurance number HMRC could issue. */
export function isValidNino(s: string): boolean {
  return NINO.test(compact(s));
}

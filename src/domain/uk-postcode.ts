/** Message shown when a UK postcode is not in the official format. */
export const INVALID_POSTCODE_MESSAGE = 'Enter a real UK postcode, like B98 7YT.';

/** The longest a postcode may be, space included ("SW1A 1AA"). */
export const POSTCODE_MAX_LENGTH = 8;

// Royal Mail / BS 7666 rules for the six outward-code shapes and the inward code:
// 1st letter not Q, V or X; 2nd not I, J or Z; 3rd (A9A) from ABCDEFGHJKPSTUW;
// 4th (AA9A) from ABEHMNPRVWXY; inward letters never C, I, K, M, O or V.
// GIR 0AA (Girobank) is the one historical exception still in use.
const POSTCODE =
  /^(?:GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$/;

/**
 * The stored form of a postcode: upper case, inner spaces removed, and one space before the
 * three-character inward code ("b98 7yt" → "B98 7YT"). Text too short to hold an inward code
 * is returned upper-cased without spaces, so validation can still report it.
 */
export function normalisePostcode(s: string): string {
  const compact = s.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/**
 * True when `s` is a UK postcode in the official format once normalised (so "b987yt" is
 * accepted) and no longer than 8 characters. It does not check the postcode exists.
 */
export function isValidUkPostcode(s: string): boolean {
  const postcode = normalisePostcode(s);
  return postcode.length <= POSTCODE_MAX_LENGTH && POSTCODE.test(postcode);
}

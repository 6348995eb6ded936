/**
 * The characters an access code is made of: digits 2-9 and capital letters, without the
 * look-alikes 0/O, 1/I/L, and without U (read as V in handwriting, and leaving it out, as
 * Crockford's Base32 does, keeps codes from spelling common English swear words). 30 symbols.
 * S/5, Z/2 and B/8 stay: they are distinct in print, and codes mostly travel in email.
 */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols in a code, shown as two groups of five ("7KQ2M-XH4PD"). */
export const ACCESS_CODE_LENGTH = 10;

// 10 symbols from 30 give 30^10 ≈ 5.9 × 10^14 codes, log2(30) × 10 ≈ 49.1 bits: far beyond
// guessing when the sign-up form is rate-limited and codes expire.

/** An access code's state, as shown in the grid and used in filters. */
export type TAccessCodeStatus = 'Activated' | 'NotActivated' | 'Expired' | 'Revoked';

/** Supplies `n` cryptographically random bytes (node:crypto's randomBytes in production). */
export type RandomBytes = (n: number) => Uint8Array;

// Bytes at or above this are rejected, so each remaining byte maps onto the alphabet evenly
// (240 = 8 × 30); taking every byte modulo 30 would favour the first 16 symbols.
const UNBIASED_LIMIT = 256 - (256 % ACCESS_CODE_ALPHABET.length);
const MAX_ROUNDS = 64;

function format(symbols: string): string {
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/**
 * A new random access code in the form "XXXXX-XXXXX", drawn from `randomBytes` by rejection
 * sampling so every symbol is equally likely. Throws if the source keeps giving unusable bytes,
 * which only a broken source does.
 */
export function generateAccessCode(randomBytes: RandomBytes): string {
  let symbols = '';
  for (let round = 0; round < MAX_ROUNDS && symbols.length < ACCESS_CODE_LENGTH; round++) {
    for (const byte of randomBytes(16)) {
      if (byte >= UNBIASED_LIMIT) continue;
      symbols += ACCESS_CODE_ALPHABET[byte % ACCESS_CODE_ALPHABET.length] ?? '';
      if (symbols.length === ACCESS_CODE_LENGTH) break;
    }
  }
  if (symbols.length < ACCESS_CODE_LENGTH) {
    throw new Error('The random source gave too few usable bytes to make an access code.');
  }
  return format(symbols);
}

/**
 * Reads an access code as a person might type it: any case, spaces or dashes anywhere, or no
 * dash at all. Returns it in the stored form "XXXXX-XXXXX", or null when it cannot be a code.
 */
export function normaliseAccessCode(input: string): string | null {
  // Dashes include the en and em dashes word processors put in when a code is pasted.
  const symbols = input.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, '');
  if (symbols.length !== ACCESS_CODE_LENGTH) return null;
  for (const symbol of symbols) {
    if (!ACCESS_CODE_ALPHABET.includes(symbol)) return null;
  }
  return format(symbols);
}

/**
 * The status of one access code at `now`: Activated once used, Revoked once withdrawn unused,
 * otherwise Expired from the moment `expiresAt` is reached, otherwise NotActivated.
 */
export function accessCodeStatus(
  code: { activatedAt: Date | null; expiresAt: Date; revokedAt: Date | null },
  now: Date,
): TAccessCodeStatus {
  if (code.activatedAt !== null) return 'Activated';
  if (code.revokedAt !== null) return 'Revoked';
  return now.getTime() >= code.expiresAt.getTime() ? 'Expired' : 'NotActivated';
}

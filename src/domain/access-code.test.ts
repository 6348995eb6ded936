import { describe, expect, it } from 'vitest';
import {
  ACCESS_CODE_ALPHABET,
  accessCodeStatus,
  generateAccessCode,
  normaliseAccessCode,
  type RandomBytes,
} from './access-code.js';

/** A byte source that plays back `bytes` in order, then repeats the last one. */
function playback(bytes: number[]): RandomBytes {
  let next = 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => bytes[Math.min(next++, bytes.length - 1)] ?? 0);
}

describe('ACCESS_CODE_ALPHABET', () => {
  it('has 30 distinct symbols and no look-alikes', () => {
    expect(new Set(ACCESS_CODE_ALPHABET).size).toBe(30);
    for (const lookAlike of '01OILU') expect(ACCESS_CODE_ALPHABET).not.toContain(lookAlike);
    expect(ACCESS_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });
});

describe('generateAccessCode', () => {
  it('makes a code of two groups of five symbols from the alphabet', () => {
    const code = generateAccessCode(playback([0, 1, 2, 3, 4, 5, 6, 7, 8, 29]));
    expect(code).toBe('23456-789AZ');
  });

  it('skips bytes that would bias the draw', () => {
    const code = generateAccessCode(playback([240, 255, 30, 59, 239, 241, 0, 0, 0, 0, 0, 0, 0]));
    // 30 → symbol 0, 59 → symbol 29, 239 → symbol 29; 240, 255 and 241 are dropped.
    expect(code).toBe('2ZZ22-22222');
  });

  it('maps the 240 usable byte values onto each symbol exactly 8 times', () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 240; byte++) {
      const symbol = generateAccessCode(playback([byte])).charAt(0);
      counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 8)).toBe(true);
  });

  it('never uses byte values 240 to 255', () => {
    for (let byte = 240; byte < 256; byte++) {
      expect(() => generateAccessCode(playback([byte]))).toThrow();
    }
  });

  it('throws when the random source never gives a usable byte', () => {
    expect(() => generateAccessCode(playback([250]))).toThrow(/too few usable bytes/);
  });

  it('round-trips through normaliseAccessCode', () => {
    const code = generateAccessCode(playback([9, 18, 27, 36, 45, 54, 63, 72, 81, 90]));
    expect(normaliseAccessCode(code)).toBe(code);
  });
});

describe('normaliseAccessCode', () => {
  it.each([
    ['7kq2m-xh4pd', '7KQ2M-XH4PD'],
    ['7KQ2MXH4PD', '7KQ2M-XH4PD'],
    [' 7kq 2m x h4pd ', '7KQ2M-XH4PD'],
    ['7KQ2M\u2013XH4PD', '7KQ2M-XH4PD'],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseAccessCode(input)).toBe(expected);
  });

  it.each([
    ['too short', '7KQ2M-XH4P'],
    ['too long', '7KQ2M-XH4PDD'],
    ['an O', '7KQ2M-XH4PO'],
    ['a zero', '7KQ2M-XH4P0'],
    ['a one', '7KQ2M-XH4P1'],
    ['punctuation', '7KQ2M.XH4PD'],
    ['empty', ''],
  ])('refuses a code with %s (%j)', (_reason, input) => {
    expect(normaliseAccessCode(input)).toBeNull();
  });
});

describe('accessCodeStatus', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const tomorrow = new Date('2026-11-25T12:00:00Z');
  const yesterday = new Date('2026-11-23T12:00:00Z');

  it('is Activated once used, even after it would have expired', () => {
    expect(
      accessCodeStatus({ activatedAt: yesterday, expiresAt: yesterday, revokedAt: null }, now),
    ).toBe('Activated');
  });

  it('is NotActivated while unused and in date', () => {
    expect(accessCodeStatus({ activatedAt: null, expiresAt: tomorrow, revokedAt: null }, now)).toBe(
      'NotActivated',
    );
  });

  it('is Expired when unused and past its expiry, from the moment it expires', () => {
    expect(
      accessCodeStatus({ activatedAt: null, expiresAt: yesterday, revokedAt: null }, now),
    ).toBe('Expired');
    expect(accessCodeStatus({ activatedAt: null, expiresAt: now, revokedAt: null }, now)).toBe(
      'Expired',
    );
  });

  it('is Revoked once withdrawn unused, in date or not', () => {
    expect(accessCodeStatus({ activatedAt: null, expiresAt: tomorrow, revokedAt: now }, now)).toBe(
      'Revoked',
    );
    expect(accessCodeStatus({ activatedAt: null, expiresAt: yesterday, revokedAt: now }, now)).toBe(
      'Revoked',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isValidUkprn } from './ukprn.js';

describe('isValidUkprn', () => {
  it.each(['10001234', '19999999', '10000000'])('accepts %j', (value) => {
    expect(isValidUkprn(value)).toBe(true);
  });
  it.each(['20001234', '1000123', '100012345', '1000 1234', 'ABCDEFGH', ''])(
    'refuses %j',
    (value) => {
      expect(isValidUkprn(value)).toBe(false);
    },
  );
});

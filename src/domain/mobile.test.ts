import { describe, expect, it } from 'vitest';
import { isValidMobile, mobileDigits } from './mobile.js';

describe('isValidMobile', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    ' 0044 7700 900 123 ',
    '+33612345678',
  ])('accepts %j', (mobile) => {
    expect(isValidMobile(mobile)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only a plus', '+'],
    ['too few digits', '+44 12'],
    ['too many digits', '1234567890123456'],
    ['brackets', '+44 (0) 7700 900123'],
    ['hyphens', '07700-900123'],
    ['letters', '07700 9OO123'],
    ['a plus in the middle', '07700+900123'],
    ['two pluses', '++447700900123'],
  ])('rejects %s (%j)', (_reason, mobile) => {
    expect(isValidMobile(mobile)).toBe(false);
  });
});

describe('mobileDigits', () => {
  it('keeps only the digits', () => {
    expect(mobileDigits('07700 900 123')).toBe('07700900123');
  });

  it('compares a UK number written internationally in its national form', () => {
    expect(mobileDigits('+44 7700 900123')).toBe('07700900123');
    expect(mobileDigits('0044 7700 900123')).toBe('07700900123');
  });

  it('leaves other countries as their digits', () => {
    expect(mobileDigits('+33 6 12 34 56 78')).toBe('33612345678');
  });

  it('tells different numbers apart', () => {
    expect(mobileDigits('07700 900123')).not.toBe(mobileDigits('07700 900124'));
  });
});

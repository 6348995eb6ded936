import { describe, expect, it } from 'vitest';
import { isValidUkPostcode, normalisePostcode } from './uk-postcode.js';

describe('normalisePostcode', () => {
  it.each([
    ['b98 7yt', 'B98 7YT'],
    ['B987YT', 'B98 7YT'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['m11ae', 'M1 1AE'],
    ['gir0aa', 'GIR 0AA'],
    ['ab1', 'AB1'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
});

describe('isValidUkPostcode', () => {
  it.each([
    'B98 7YT',
    'b98 7yt',
    'SW1A 1AA',
    'EC1A 1BB',
    'W1A 0AX',
    'M1 1AE',
    'B33 8TH',
    'CR2 6XH',
    'DN55 1PT',
    'GIR 0AA',
    'gir0aa',
  ])('accepts %s', (postcode) => {
    expect(isValidUkPostcode(postcode)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no inward code', 'B98'],
    ['inward code too short', 'B98 7Y'],
    ['Q as first letter', 'QA1 1AA'],
    ['V as first letter', 'V1 1AA'],
    ['X as first letter', 'X1 1AA'],
    ['I as second letter', 'AI1 1AA'],
    ['J as second letter', 'AJ1 1AA'],
    ['Z as second letter', 'AZ1 1AA'],
    ['bad third letter in A9A', 'W1I 1AA'],
    ['bad fourth letter in AA9A', 'EC1C 1BB'],
    ['C in the inward code', 'SW1A 1CA'],
    ['O in the inward code', 'SW1A 1AO'],
    ['letters where the inward digit goes', 'SW1A AAA'],
    ['too long', 'SW1AA 1AA'],
    ['digits only', '12345'],
    ['punctuation', 'B98-7YT'],
  ])('rejects %s (%j)', (_reason, postcode) => {
    expect(isValidUkPostcode(postcode)).toBe(false);
  });
});

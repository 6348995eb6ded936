import { describe, expect, it } from 'vitest';
import { isValidNino, normaliseNino } from './national-insurance.js';

describe('normaliseNino', () => {
  it.each([
    ['ab 12 34 56 c', 'AB 12 34 56 C'],
    ['AB123456C', 'AB 12 34 56 C'],
    ['  ab123 456c ', 'AB 12 34 56 C'],
    ['ab 12', 'AB12'],
  ])('turns %j into %j', (input, expected) => {
    expect(normaliseNino(input)).toBe(expected);
  });
});

describe('isValidNino', () => {
  it.each(['AB123456C', 'ab 12 34 56 c', 'JG 10 37 59 A', 'CE123456D', 'ZX123456B', 'AZ123456A'])(
    'accepts %s',
    (nino) => {
      expect(isValidNino(nino)).toBe(true);
    },
  );

  it.each([
    ['empty', ''],
    ['D as first letter', 'DA123456A'],
    ['F as first letter', 'FA123456A'],
    ['I as first letter', 'IA123456A'],
    ['Q as first letter', 'QQ123456C'],
    ['U as first letter', 'UA123456A'],
    ['V as first letter', 'VA123456A'],
    ['O as second letter', 'AO123456A'],
    ['D as second letter', 'AD123456A'],
    ['prefix BG', 'BG123456A'],
    ['prefix GB', 'GB123456A'],
    ['prefix NK', 'NK123456A'],
    ['prefix KN', 'KN123456A'],
    ['prefix TN', 'TN123456A'],
    ['prefix NT', 'NT123456A'],
    ['prefix ZZ', 'ZZ123456A'],
    ['suffix E', 'AB123456E'],
    ['no suffix', 'AB123456'],
    ['five digits', 'AB12345C'],
    ['seven digits', 'AB1234567C'],
    ['punctuation', 'AB-12-34-56-C'],
  ])('rejects %s (%j)', (_reason, nino) => {
    expect(isValidNino(nino)).toBe(false);
  });
});

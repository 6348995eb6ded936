import { describe, expect, it } from 'vitest';
import { neutraliseCell, normaliseHeader } from './csv-safe.js';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r'=1"],
    ['x\n=1+1', "x\n'=1+1"],
    ['x\r\n+1', "x\r\n'+1"],
    ['x\r-1\n@a\n\tb', "x\r'-1\n'@a\n'\tb"],
    ['=a\n=b', "'=a\n'=b"],
    ['x\r\r=1', "x\r\r'=1"],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['Jo Bloggs', "O'Brien", 'a=b', 'jo@example.com', ' =1', '', 'line one\nline two'])(
    'leaves %j alone',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );

  it('writes numbers as they are and missing values as empty', () => {
    expect(neutraliseCell(-5)).toBe('-5');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['First name', 'firstname'],
    ['first_name', 'firstname'],
    ['FIRSTNAME', 'firstname'],
    ['  First-Name: ', 'firstname'],
    ['\uFEFFEmail', 'email'],
    ['Address 1', 'address1'],
    ['Prénom', 'prénom'],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });

  it('keeps different headings apart', () => {
    expect(normaliseHeader('Address 1')).not.toBe(normaliseHeader('Address 2'));
    expect(normaliseHeader('Surname')).not.toBe(normaliseHeader('First name'));
  });
});

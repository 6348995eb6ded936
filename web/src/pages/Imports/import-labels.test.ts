import { describe, expect, test } from 'vitest';
import type { ImportRow } from '../../api/imports';
import { countsSummary, headersOf, plural, rowsToWrite } from './import-labels';

const counts = { create: 1200, update: 1, unchanged: 0, error: 3 };

describe('words for an import', () => {
  test('the rows written are those created and those updated', () => {
    expect(rowsToWrite(counts)).toBe(1201);
  });

  test('counts read as a preview, then as what happened', () => {
    expect(countsSummary(counts, false)).toBe(
      '1,200 to create, 1 to update, 0 unchanged, 3 errors',
    );
    expect(countsSummary({ ...counts, error: 1 }, true)).toBe(
      '1,200 created, 1 updated, 0 unchanged, 1 error',
    );
  });

  test('one person, many people', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(0, 'person', 'people')).toBe('0 people');
    expect(plural(100000, 'row', 'rows')).toBe('100,000 rows');
  });
});

describe('headersOf', () => {
  const row = (line: number, values: Record<string, string>): ImportRow => ({
    line,
    verdict: 'create',
    values,
    errors: {},
  });

  test('keeps the file’s order and adds headers only some rows have, once', () => {
    expect(
      headersOf([
        row(2, { 'First name': 'A', Email: 'a@x.test' }),
        row(3, { 'First name': 'B', Email: 'b@x.test', Mobile: '07700900123' }),
      ]),
    ).toEqual(['First name', 'Email', 'Mobile']);
    expect(headersOf([])).toEqual([]);
  });
});

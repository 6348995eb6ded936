import { describe, expect, it } from 'vitest';
import {
  ANCIENT_DATE_OF_BIRTH_MESSAGE,
  checkDateOfBirth,
  FUTURE_DATE_OF_BIRTH_MESSAGE,
  formatUkDate,
  INVALID_DATE_MESSAGE,
  isIsoDate,
  isoDateInZone,
  parseUkDate,
} from './dates.js';

describe('parseUkDate', () => {
  it.each([
    ['24/11/2026', '2026-11-24'],
    [' 1/2/2026 ', '2026-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/1999', '1999-12-31'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseUkDate(input)).toBe(expected);
  });

  it.each([
    ['31 February', '31/02/2026'],
    ['29 February outside a leap year', '29/02/2025'],
    ['29 February in a century that is not a leap year', '29/02/1900'],
    ['month 13', '01/13/2026'],
    ['day 0', '00/01/2026'],
    ['31 April', '31/04/2026'],
    ['two-digit year', '24/11/26'],
    ['ISO format', '2026-11-24'],
    ['American order that does not exist', '11/24/2026'],
    ['dashes', '24-11-2026'],
    ['empty', ''],
    ['year 0999', '01/01/0999'],
  ])('refuses %s (%j)', (_reason, input) => {
    expect(parseUkDate(input)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts a real date and refuses an impossible one', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('24/11/2026')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0999-12-31')).toBe(false);
    expect(isIsoDate('10000-01-01')).toBe(false);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });
});

describe('formatUkDate', () => {
  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(formatUkDate('2026-11-24')).toBe('24/11/2026');
  });

  it('shows an instant as the calendar date in London', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(formatUkDate(new Date('2026-06-30T23:30:00Z'))).toBe('01/07/2026');
    expect(formatUkDate('2026-12-31T23:30:00Z')).toBe('31/12/2026');
  });

  it('uses the time zone it is given', () => {
    expect(formatUkDate(new Date('2026-06-30T23:30:00Z'), 'UTC')).toBe('30/06/2026');
  });

  it('shows nothing for a missing date', () => {
    expect(formatUkDate(null)).toBe('');
    expect(formatUkDate(undefined)).toBe('');
  });

  it('throws on an unreadable or impossible value', () => {
    expect(() => formatUkDate('not a date')).toThrow(RangeError);
    expect(() => formatUkDate('2026-02-31')).toThrow(RangeError);
  });
});

describe('isoDateInZone', () => {
  it('gives the calendar date where the tenant is', () => {
    const instant = new Date('2026-03-01T02:00:00Z');
    expect(isoDateInZone(instant)).toBe('2026-03-01');
    expect(isoDateInZone(instant, 'America/New_York')).toBe('2026-02-28');
  });
});

describe('checkDateOfBirth', () => {
  const today = '2026-11-24';

  it('accepts a date in the past', () => {
    expect(checkDateOfBirth('2000-05-17', today)).toBeNull();
    expect(checkDateOfBirth('2026-11-23', today)).toBeNull();
  });

  it('refuses today and later', () => {
    expect(checkDateOfBirth(today, today)).toBe(FUTURE_DATE_OF_BIRTH_MESSAGE);
    expect(checkDateOfBirth('2030-01-01', today)).toBe(FUTURE_DATE_OF_BIRTH_MESSAGE);
  });

  it('refuses an impossible or implausibly early date', () => {
    expect(checkDateOfBirth('2001-02-29', today)).toBe(INVALID_DATE_MESSAGE);
    expect(checkDateOfBirth('1899-12-31', today)).toBe(ANCIENT_DATE_OF_BIRTH_MESSAGE);
  });
});

import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { nextDays, paramsFrom, windowFrom } from './due-window';

const today = dayjs('2026-12-03');

describe('the due-to-expire window in the address', () => {
  it('is the next 30 days by default, and the next 7 or 90 when asked', () => {
    expect(windowFrom(new URLSearchParams(), today)).toEqual({
      from: '2026-12-03',
      to: '2027-01-02',
      days: 30,
    });
    expect(windowFrom(new URLSearchParams('days=7'), today).to).toBe('2026-12-10');
    expect(windowFrom(new URLSearchParams('days=90'), today).to).toBe('2027-03-03');
    expect(windowFrom(new URLSearchParams('days=12'), today).days).toBe(30);
  });

  it('takes a range of real dates, in order, and nothing else', () => {
    expect(windowFrom(new URLSearchParams('from=2027-01-01&to=2027-03-31'), today)).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
    });
    for (const bad of [
      'from=2027-02-30&to=2027-03-31',
      'from=2027-04-01&to=2027-03-31',
      'from=x&to=y',
    ])
      expect(windowFrom(new URLSearchParams(bad), today).days, bad).toBe(30);
  });

  it('writes back what it reads', () => {
    const range = { from: '2027-01-01', to: '2027-03-31' };
    expect(windowFrom(paramsFrom(range, 2), today)).toEqual(range);
    expect(paramsFrom(range, 2).get('page')).toBe('2');
    expect(paramsFrom(nextDays(7, today)).toString()).toBe('days=7');
  });
});

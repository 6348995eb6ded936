/**
 * The window of end dates the Due-to-expire page shows, kept in the address: `?days=30` (from
 * today) or `?from=2027-01-01&to=2027-03-31`. Today is the Europe/London calendar day.
 */
import dayjs from 'dayjs';

export const WINDOW_DAYS = [7, 30, 90] as const;
export const DEFAULT_DAYS = 30;

export interface DueWindow {
  from: string;
  to: string;
  /** Set when the window is "the next N days". */
  days?: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const valid = (value: string | null): value is string =>
  value !== null && isoDate.test(value) && dayjs(value).format('YYYY-MM-DD') === value;

export function nextDays(days: number, today = dayjs()): DueWindow {
  return {
    from: today.format('YYYY-MM-DD'),
    to: today.add(days, 'day').format('YYYY-MM-DD'),
    days,
  };
}

export function windowFrom(params: URLSearchParams, today = dayjs()): DueWindow {
  const from = params.get('from');
  const to = params.get('to');
  if (valid(from) && valid(to) && from <= to) return { from, to };
  const days = Number(params.get('days'));
  const known = WINDOW_DAYS.find((choice) => choice === days);
  return nextDays(known ?? DEFAULT_DAYS, today);
}

export function paramsFrom(window: DueWindow, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (window.days !== undefined) params.set('days', String(window.days));
  else {
    params.set('from', window.from);
    params.set('to', window.to);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

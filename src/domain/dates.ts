/** Message shown when a date cannot be read as dd/mm/yyyy or does not exist. */
export const INVALID_DATE_MESSAGE = 'Enter a real date in the format dd/mm/yyyy, like 24/11/2026.';

/** Message shown when a date of birth is today or later. */
export const FUTURE_DATE_OF_BIRTH_MESSAGE = 'The date of birth must be in the past.';

/** Message shown when a date of birth is implausibly early. */
export const ANCIENT_DATE_OF_BIRTH_MESSAGE = 'The date of birth must be after 01/01/1900.';

/** Roster's default time zone; a tenant may choose another. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EARLIEST_BIRTH = '1900-01-01';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * True when `s` is an ISO calendar date ("2026-11-24") that exists, in years 1000 to 9999 (as
 * dd/mm/yyyy is read): year 0 and five-digit years are dates PostgreSQL refuses or misreads.
 */
export function isIsoDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  const year = Number(match?.[1]);
  return match !== null && year >= 1000 && isRealDate(year, Number(match[2]), Number(match[3]));
}

/**
 * Reads a date typed as dd/mm/yyyy (leading zeros optional, surrounding spaces ignored) and
 * returns it as an ISO date ("24/11/2026" → "2026-11-24"), or null when it is not in that
 * format or does not exist (31/02/2026).
 */
export function parseUkDate(s: string): string | null {
  const match = UK_DATE.exec(s.trim());
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || !isRealDate(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// Building an Intl.DateTimeFormat costs ~40 µs; a CSV export formats 300,000 dates, so one
// formatter is kept per time zone.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The ISO calendar date of an instant in a time zone (the tenant's, for "today"). */
export function isoDateInZone(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Shows a date as dd/mm/yyyy. An ISO date ("2026-11-24") is shown as it is; an instant (a Date
 * or an ISO timestamp) is shown as the calendar date in `timeZone`. Null or undefined shows as
 * an empty string; anything unreadable is a programming error and throws a RangeError.
 */
export function formatUkDate(
  value: string | Date | null | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  if (value === null || value === undefined) return '';
  let iso: string;
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    if (!isIsoDate(value)) throw new RangeError(`Not a real date: ${value}`);
    iso = value;
  } else {
    const instant = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
    iso = isoDateInZone(instant, timeZone);
  }
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Checks a date of birth (an ISO date) against `today` (the ISO date in the tenant's time
 * zone): it must exist, be in the past and be no earlier than 1900. Returns a message, or null.
 */
export function checkDateOfBirth(dateOfBirth: string, today: string): string | null {
  if (!isIsoDate(dateOfBirth)) return INVALID_DATE_MESSAGE;
  if (dateOfBirth >= today) return FUTURE_DATE_OF_BIRTH_MESSAGE;
  if (dateOfBirth < EARLIEST_BIRTH) return ANCIENT_DATE_OF_BIRTH_MESSAGE;
  return null;
}

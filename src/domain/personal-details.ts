/**
 * Checks of a person's details as typed, with no I/O: names, email addresses, mobile, date of
 * birth, National Insurance number. Each answers the value to store, or why it cannot be.
 * The learner rules, self-registration and employer users all read names and emails here.
 */
import { checkDateOfBirth, INVALID_DATE_MESSAGE, parseUkDate } from './dates.js';
import { INVALID_EMAIL_MESSAGE, isValidEmail, normaliseEmail } from './email.js';
import { hiddenCharacterProblem } from './hidden-characters.js';
import { INVALID_MOBILE_MESSAGE, isValidMobile } from './mobile.js';
import { INVALID_NINO_MESSAGE, isValidNino, normaliseNino } from './national-insurance.js';
import { clean } from './text.js';

export const NAME_MAX = 50;
export const UNITED_KINGDOM = 'United Kingdom';

/** The value to store (null for nothing), or the problem. */
export type Checked = { ok: true; value: string | null } | { ok: false; problem: string };

const ok = (value: string | null): Checked => ({ ok: true, value });
const no = (problem: string): Checked => ({ ok: false, problem });

/** A name or other short text: no hidden characters, at most `max` characters. */
export function checkText(value: string | null, label: string, max = NAME_MAX): Checked {
  const text = clean(value);
  if (text === null) return ok(null);
  const hidden = hiddenCharacterProblem(text, label);
  if (hidden) return no(hidden);
  return text.length > max ? no(`The ${label} can be at most ${max} characters long.`) : ok(text);
}

/** An email address as stored (domain in lower case), or why it is not one. */
export function checkEmailAddress(value: string | null, label = 'email address'): Checked {
  const email = clean(value);
  if (email === null) return ok(null);
  const hidden = hiddenCharacterProblem(email, label);
  if (hidden) return no(hidden);
  return isValidEmail(email) ? ok(normaliseEmail(email)) : no(INVALID_EMAIL_MESSAGE);
}

/** A mobile number, kept as typed. */
export function checkMobile(value: string | null): Checked {
  const mobile = clean(value);
  return mobile === null || isValidMobile(mobile) ? ok(mobile) : no(INVALID_MOBILE_MESSAGE);
}

/** A date of birth, ISO or dd/mm/yyyy, checked against `today` (ISO). */
export function checkBirthDate(value: string | null, today: string): Checked {
  const typed = clean(value);
  if (typed === null) return ok(null);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : parseUkDate(typed);
  if (iso === null) return no(INVALID_DATE_MESSAGE);
  const problem = checkDateOfBirth(iso, today);
  return problem ? no(problem) : ok(iso);
}

/** A National Insurance number, stored upper-case and spaced. */
export function checkNino(value: string | null): Checked {
  const nino = clean(value);
  if (nino === null) return ok(null);
  return isValidNino(nino) ? ok(normaliseNino(nino)) : no(INVALID_NINO_MESSAGE);
}

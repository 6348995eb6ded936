/**
 * Names, gender, email and personal email, mobile, date of birth, National Insurance number
 * and the postal address (edit-user.txt). Formats are checked on what the request sends;
 * "mandatory" is checked on the learner as it would be saved.
 */
import {
  checkDateOfBirth,
  INVALID_DATE_MESSAGE,
  isoDateInZone,
  parseUkDate,
} from '../../../domain/dates.js';
import { INVALID_EMAIL_MESSAGE, isValidEmail, normaliseEmail } from '../../../domain/email.js';
import { hiddenCharacterProblem } from '../../../domain/hidden-characters.js';
import { INVALID_MOBILE_MESSAGE, isValidMobile } from '../../../domain/mobile.js';
import {
  INVALID_NINO_MESSAGE,
  isValidNino,
  normaliseNino,
} from '../../../domain/national-insurance.js';
import {
  INVALID_POSTCODE_MESSAGE,
  isValidUkPostcode,
  normalisePostcode,
  POSTCODE_MAX_LENGTH,
} from '../../../domain/uk-postcode.js';
import { ADDRESS_FIELDS, clean, fail, type RuleContext } from './context.js';

export const NAME_MAX = 50;
const ADDRESS_LINE_MAX = 100;
export const UNITED_KINGDOM = 'United Kingdom';

export const GENDER_MESSAGE = 'Choose Male or Female.';

export const MOBILE_REQUIRED_MESSAGE =
  'Enter a mobile number: this organisation uses it for multi-factor sign-in.';

function setName(ctx: RuleContext, key: 'firstName' | 'surname', label: string) {
  const value = ctx.input[key];
  if (value === undefined) return;
  const name = clean(value);
  if (name === null) return fail(ctx, key, `Enter the ${label}.`);
  const hidden = hiddenCharacterProblem(name, label);
  if (hidden) return fail(ctx, key, hidden);
  if (name.length > NAME_MAX)
    return fail(ctx, key, `The ${label} can be at most ${NAME_MAX} characters long.`);
  ctx.next[key] = name;
}

function setOptionalText(ctx: RuleContext, key: 'preferredName' | 'title', label: string) {
  const value = ctx.input[key];
  if (value === undefined) return;
  const text = clean(value);
  const hidden = text === null ? null : hiddenCharacterProblem(text, label);
  if (hidden) return fail(ctx, key, hidden);
  if (text !== null && text.length > NAME_MAX)
    return fail(ctx, key, `The ${label} can be at most ${NAME_MAX} characters long.`);
  ctx.next[key] = text;
}

function setEmail(ctx: RuleContext, key: 'email' | 'personalEmail') {
  const value = ctx.input[key];
  if (value === undefined) return;
  const email = clean(value);
  const hidden =
    email === null
      ? null
      : hiddenCharacterProblem(email, key === 'email' ? 'email address' : 'personal email');
  if (hidden) return fail(ctx, key, hidden);
  if (email !== null && !isValidEmail(email)) return fail(ctx, key, INVALID_EMAIL_MESSAGE);
  ctx.next[key] = email === null ? null : normaliseEmail(email);
}

function setMobile(ctx: RuleContext) {
  const value = ctx.input.mobile;
  if (value === undefined) return;
  const mobile = clean(value);
  if (mobile !== null && !isValidMobile(mobile)) return fail(ctx, 'mobile', INVALID_MOBILE_MESSAGE);
  ctx.next.mobile = mobile;
}

function setDateOfBirth(ctx: RuleContext) {
  const value = ctx.input.dateOfBirth;
  if (value === undefined) return;
  const typed = clean(value);
  if (typed === null) {
    ctx.next.dateOfBirth = null;
    return;
  }
  // JSON carries ISO dates; a dd/mm/yyyy date as typed into a form is read as well.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : parseUkDate(typed);
  if (iso === null) return fail(ctx, 'dateOfBirth', INVALID_DATE_MESSAGE);
  const problem = checkDateOfBirth(iso, isoDateInZone(new Date(), ctx.timeZone));
  if (problem) return fail(ctx, 'dateOfBirth', problem);
  ctx.next.dateOfBirth = iso;
}

function setNino(ctx: RuleContext) {
  const value = ctx.input.nationalInsuranceNumber;
  if (value === undefined) return;
  const nino = clean(value);
  if (nino !== null && !isValidNino(nino))
    return fail(ctx, 'nationalInsuranceNumber', INVALID_NINO_MESSAGE);
  ctx.next.nationalInsuranceNumber = nino === null ? null : normaliseNino(nino);
}

const isUnitedKingdom = (country: string | null) =>
  country !== null && country.trim().toLowerCase() === UNITED_KINGDOM.toLowerCase();

/**
 * The postal address. The postcode is at most 8 characters and, when the country is the
 * United Kingdom, in the official format (stored upper-case and spaced); it is checked again
 * when only the country changes, because the condition then starts to apply.
 */
function setAddress(ctx: RuleContext) {
  const address = ctx.input.address;
  if (address === undefined) return;
  for (const [column, field] of ADDRESS_FIELDS) {
    const value = address === null ? null : address[column];
    if (value === undefined) continue;
    const text = clean(value);
    const max = column === 'postcode' ? POSTCODE_MAX_LENGTH : ADDRESS_LINE_MAX;
    if (text !== null && column !== 'postcode' && text.length > max) {
      fail(ctx, field, `This line of the address can be at most ${max} characters long.`);
      continue;
    }
    ctx.next[column] = text;
  }
  const postcode = ctx.next.postcode;
  const touched =
    address === null || address.postcode !== undefined || address.country !== undefined;
  if (postcode === null || !touched) return;
  if (isUnitedKingdom(ctx.next.country)) {
    if (!isValidUkPostcode(postcode))
      return fail(ctx, 'address.postcode', INVALID_POSTCODE_MESSAGE);
    ctx.next.postcode = normalisePostcode(postcode);
  } else if (postcode.length > POSTCODE_MAX_LENGTH) {
    fail(
      ctx,
      'address.postcode',
      `The postcode can be at most ${POSTCODE_MAX_LENGTH} characters long.`,
    );
  }
}

/** Applies and checks the personal details and the address of the request. */
export function personalDetailsRule(ctx: RuleContext) {
  setName(ctx, 'firstName', 'first name');
  setName(ctx, 'surname', 'surname');
  if (ctx.mode === 'create') {
    if (ctx.input.firstName === undefined) fail(ctx, 'firstName', 'Enter the first name.');
    if (ctx.input.surname === undefined) fail(ctx, 'surname', 'Enter the surname.');
  }
  setOptionalText(ctx, 'preferredName', 'preferred name');
  setOptionalText(ctx, 'title', 'title');
  if (ctx.input.gender !== undefined) ctx.next.gender = ctx.input.gender;
  setEmail(ctx, 'email');
  setEmail(ctx, 'personalEmail');
  setMobile(ctx);
  setDateOfBirth(ctx);
  setNino(ctx);
  setAddress(ctx);
  if (ctx.settings.features.multiFactor && ctx.next.mobile === null && !ctx.locked.has('mobile'))
    fail(ctx, 'mobile', MOBILE_REQUIRED_MESSAGE);
}

/** A learner's gender is mandatory on Add user ("Gender (M)", create-learner-accounts.txt); Edit User keeps it optional. */
export function learnerGenderRule(ctx: RuleContext) {
  if (ctx.mode === 'create' && ctx.next.gender === null) fail(ctx, 'gender', GENDER_MESSAGE);
}

/**
 * Names, gender, email and personal email, mobile, date of birth, National Insurance number
 * and the postal address (edit-user.txt). Formats are checked on what the request sends;
 * "mandatory" is checked on the learner as it would be saved.
 */
import { isoDateInZone } from '../../../domain/dates.js';
import {
  type Checked,
  checkBirthDate,
  checkEmailAddress,
  checkMobile,
  checkNino,
  checkText,
  UNITED_KINGDOM,
} from '../../../domain/personal-details.js';
import {
  INVALID_POSTCODE_MESSAGE,
  isValidUkPostcode,
  normalisePostcode,
  POSTCODE_MAX_LENGTH,
} from '../../../domain/uk-postcode.js';
import { ADDRESS_FIELDS, clean, fail, type RuleContext } from './context.js';

const ADDRESS_LINE_MAX = 100;

export const GENDER_MESSAGE = 'Choose Male or Female.';

export const MOBILE_REQUIRED_MESSAGE =
  'Enter a mobile number: this organisation uses it for multi-factor sign-in.';

/** Stores a checked value, or records its problem. */
function apply<
  K extends
    | 'firstName'
    | 'surname'
    | 'preferredName'
    | 'title'
    | 'email'
    | 'personalEmail'
    | 'mobile'
    | 'dateOfBirth'
    | 'nationalInsuranceNumber',
>(ctx: RuleContext, key: K, checked: Checked) {
  if (!checked.ok) return fail(ctx, key, checked.problem);
  Object.assign(ctx.next, { [key]: checked.value });
}

/** "Enter the first name." to an administrator, "Enter your first name." to the person. */
export const enterMessage = (ctx: Pick<RuleContext, 'source'>, label: string) =>
  `Enter ${ctx.source === 'administrator' ? 'the' : 'your'} ${label}.`;

function setName(ctx: RuleContext, key: 'firstName' | 'surname', label: string) {
  const value = ctx.input[key];
  if (value === undefined) return;
  if (clean(value) === null) return fail(ctx, key, enterMessage(ctx, label));
  apply(ctx, key, checkText(value, label));
}

function setOptionalText(ctx: RuleContext, key: 'preferredName' | 'title', label: string) {
  const value = ctx.input[key];
  if (value === undefined) return;
  apply(ctx, key, checkText(value, label));
}

function setEmail(ctx: RuleContext, key: 'email' | 'personalEmail') {
  const value = ctx.input[key];
  if (value === undefined) return;
  apply(ctx, key, checkEmailAddress(value, key === 'email' ? 'email address' : 'personal email'));
}

function setMobile(ctx: RuleContext) {
  const value = ctx.input.mobile;
  if (value === undefined) return;
  apply(ctx, 'mobile', checkMobile(value));
}

function setDateOfBirth(ctx: RuleContext) {
  const value = ctx.input.dateOfBirth;
  if (value === undefined) return;
  // JSON carries ISO dates; a dd/mm/yyyy date as typed into a form is read as well.
  apply(ctx, 'dateOfBirth', checkBirthDate(value, isoDateInZone(new Date(), ctx.timeZone)));
}

function setNino(ctx: RuleContext) {
  const value = ctx.input.nationalInsuranceNumber;
  if (value === undefined) return;
  apply(ctx, 'nationalInsuranceNumber', checkNino(value));
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

/** Applies and checks the person's details as sent, whoever writes them. */
export function personFieldsRule(ctx: RuleContext) {
  setName(ctx, 'firstName', 'first name');
  setName(ctx, 'surname', 'surname');
  if (ctx.mode === 'create') {
    if (ctx.input.firstName === undefined) fail(ctx, 'firstName', enterMessage(ctx, 'first name'));
    if (ctx.input.surname === undefined) fail(ctx, 'surname', enterMessage(ctx, 'surname'));
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
}

/** The person's details, and the mobile the tenant's multi-factor sign-in needs. */
export function personalDetailsRule(ctx: RuleContext) {
  personFieldsRule(ctx);
  if (ctx.settings.features.multiFactor && ctx.next.mobile === null && !ctx.locked.has('mobile'))
    fail(ctx, 'mobile', MOBILE_REQUIRED_MESSAGE);
}

/**
 * A learner's gender is mandatory on Add user ("Gender (M)", create-learner-accounts.txt); Edit
 * User keeps it optional, and so does the batch upload, whose mandatory columns the seed lists
 * without it.
 */
export function learnerGenderRule(ctx: RuleContext) {
  if (ctx.mode === 'create' && !ctx.fromFile && ctx.next.gender === null)
    fail(ctx, 'gender', GENDER_MESSAGE);
}

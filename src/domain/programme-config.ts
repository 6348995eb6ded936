/**
 * A programme's configuration, as rules without I/O: its reference template (prefix and number
 * of digits, "APPR-" and 4 numbers learners "APPR-0001"), its advice packs, and the custom fields
 * it adds to its learners, with the check of a learner's value against a field.
 */
import { isIsoDate, parseUkDate } from './dates.js';
import type { ADVICE_PACKS, CUSTOM_FIELD_KINDS } from './vocabulary.js';

export type AdvicePack = (typeof ADVICE_PACKS)[number];
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

/** One custom field of a programme; `key` names the learner's value (`customFields.<key>`). */
export interface CustomFieldDefinition {
  key: string;
  label: string;
  kind: CustomFieldKind;
  /** The choices of a `choice` field, in order; empty for other kinds. */
  options: string[];
  mandatory: boolean;
}

export const REFERENCE_PREFIX_MAX = 20;
export const REFERENCE_DIGITS_MAX = 12;
export const CUSTOM_FIELD_VALUE_MAX = 1000;

/**
 * Why a reference template cannot be used, by field (`prefix`, `digits`); empty when it can. The
 * prefix is letters, digits and - _ / . (no spaces), so a number typed by hand can be told to fit
 * it; the digits are 1 to 12, so numbers stay exact.
 */
export function referenceTemplateProblems(prefix: string, digits: number) {
  const problems: { prefix?: string; digits?: string } = {};
  if (prefix.length > REFERENCE_PREFIX_MAX)
    problems.prefix = `The prefix can be at most ${REFERENCE_PREFIX_MAX} characters long.`;
  else if (!/^[A-Za-z0-9\-_/.]*$/.test(prefix))
    problems.prefix = 'The prefix can hold letters, digits and - _ / . only (no spaces).';
  if (!Number.isInteger(digits) || digits < 1 || digits > REFERENCE_DIGITS_MAX)
    problems.digits = `The number of digits is a whole number from 1 to ${REFERENCE_DIGITS_MAX}.`;
  return problems;
}

/** The first reference a template gives, as an example ("APPR-0001"). */
export const referenceExample = (prefix: string, digits: number) =>
  `${prefix}${'1'.padStart(digits, '0')}`;

/**
 * A learner's value for `field`, cleaned, or the reason it is refused. Dates are ISO
 * (yyyy-mm-dd) as every date in JSON, or dd/mm/yyyy as in files; a choice must be one of the field's options (matched
 * without regard to case, stored as the option is written).
 */
export function checkCustomValue(
  field: CustomFieldDefinition,
  value: string,
): { value: string } | { problem: string } {
  if (value.length > CUSTOM_FIELD_VALUE_MAX)
    return { problem: `At most ${CUSTOM_FIELD_VALUE_MAX} characters.` };
  if (field.kind === 'date') {
    const date = isIsoDate(value) ? value : parseUkDate(value);
    return date ? { value: date } : { problem: `${field.label} must be a real date.` };
  }
  if (field.kind === 'choice') {
    const option = field.options.find((o) => o.toLowerCase() === value.toLowerCase());
    return option ? { value: option } : { problem: `Choose one of: ${field.options.join(', ')}.` };
  }
  return { value };
}

/** A key for a new field from its label ("Shoe size" → "shoe-size"), not one of `taken`. */
export function customFieldKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'field';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

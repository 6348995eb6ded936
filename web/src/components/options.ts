/** Dropdown options from the API's lists. */
import type { Labelled, Named } from '../api/learners';

export interface Option {
  value: number;
  label: string;
}

export const namedOptions = (list: readonly Named[] | undefined): Option[] =>
  (list ?? []).map(({ id, name }) => ({ value: id, label: name }));

/** A manager or mentor: name, then email and organisation, so namesakes can be told apart. */
export const personOptions = (
  list:
    | readonly { id: number; name: string; email: string | null; organisation: string | null }[]
    | undefined,
): Option[] =>
  (list ?? []).map(({ id, name, email, organisation }) => ({
    value: id,
    label: [name, email, organisation].filter(Boolean).join(' · '),
  }));

export const labelledOptions = (list: readonly Labelled[] | undefined): Option[] =>
  (list ?? []).map(({ id, label }) => ({ value: id, label }));

/** Text as the API stores it: trimmed, and null when nothing is left. */
export const blank = (value: string | null | undefined): string | null => {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
};

/** The titles an employer user is addressed by. */
export const TITLES = ['Mr', 'Mrs', 'Miss', 'Ms', 'Mx', 'Dr'].map((title) => ({
  value: title,
  label: title,
}));

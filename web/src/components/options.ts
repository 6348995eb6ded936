/** Dropdown options from the API's lists. */
import type { Labelled, Named } from '../api/learners';

export interface Option {
  value: number;
  label: string;
}

export const namedOptions = (list: readonly Named[] | undefined): Option[] =>
  (list ?? []).map(({ id, name }) => ({ value: id, label: name }));

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

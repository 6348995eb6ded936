/** The fields the funding (ILR) lock keeps, as a change request names them and a person reads them. */
import type { Address } from '../api/user-types';

export type LockedPersonField = 'firstName' | 'surname' | 'email' | 'mobile';

export const LOCKED_PERSON_FIELDS: [LockedPersonField, string][] = [
  ['firstName', 'First name'],
  ['surname', 'Surname'],
  ['email', 'Email'],
  ['mobile', 'Mobile'],
];

export const LOCKED_ADDRESS_FIELDS: [keyof Address, string][] = [
  ['postcode', 'Postcode'],
  ['line1', 'Address 1'],
  ['line2', 'Address 2'],
  ['town', 'Town/City'],
  ['county', 'County'],
  ['country', 'Country'],
];

const LABELS = new Map<string, string>([
  ...LOCKED_PERSON_FIELDS,
  ['dateOfBirth', 'Date of birth'],
  ...LOCKED_ADDRESS_FIELDS.map(([key, label]): [string, string] => [`address.${key}`, label]),
]);

/** `address.town` → "Town/City"; a field not listed keeps its name. */
export const lockedFieldLabel = (field: string) => LABELS.get(field) ?? field;

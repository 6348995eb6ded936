/**
 * Puts each of the server's field messages beside its field. The server names fields as the
 * API does (`email`, `address.postcode`, `customFields.level`); a bare address key such as
 * `postcode` is read as the address's too.
 */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

const ADDRESS_KEYS = new Set(['postcode', 'line1', 'line2', 'town', 'county', 'country']);

export type FieldPath = (string | number)[];

/** The form paths a server key may mean, the likeliest first. */
export function fieldPathsOf(key: string): FieldPath[] {
  const path = key.split('.');
  if (ADDRESS_KEYS.has(key)) return [path, ['address', key]];
  const [first, second] = path;
  if (first === 'address' && second && path.length === 2) return [path, [second]];
  return [path];
}

const same = (a: FieldPath, b: FieldPath) =>
  a.length === b.length && a.every((part, index) => String(part) === String(b[index]));

/**
 * Shows the messages of `error` on the form's fields. Answers what a banner above the form
 * should say: the messages no field on the form could show (a hidden field, a rule about the
 * whole record), or the error's own message when no field message was placed.
 */
export function showServerErrors(form: FormInstance, error: unknown): string[] {
  if (!(error instanceof ApiError)) {
    return [error instanceof Error ? error.message : 'Something went wrong. Try again.'];
  }
  const registered = form.getFieldsError().map((field) => field.name);
  const shown: { name: FieldPath; errors: string[] }[] = [];
  const unplaced: string[] = [];
  for (const [key, message] of Object.entries(error.fields)) {
    const name = fieldPathsOf(key).find((path) => registered.some((known) => same(known, path)));
    if (name) shown.push({ name, errors: [message] });
    else unplaced.push(message);
  }
  form.setFields(shown);
  const first = shown[0];
  if (!first) return unplaced.length > 0 ? unplaced : [error.message];
  form.scrollToField(first.name, { block: 'center', focus: true });
  return unplaced;
}

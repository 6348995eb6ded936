/** Text as people type it into forms. */

/** Text as stored: trimmed, and null when nothing is left. */
export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** True for null, undefined and text that is only spaces. */
export const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Columns named after a programme's custom field (its label, matched loosely like every
 * header) fill that field for the rows on that programme; the writer checks each value by its
 * kind. A column that is a custom field of another programme only is a problem for a row that
 * gives it a value. Columns that are no custom field at all stay unknown, as before.
 */
import type { TLearnerInput } from '../learners/rules/context.js';
import { type ImportColumn, normaliseHeader } from './import-columns.js';
import type { ImportLookups } from './import-lookups.js';

/** Whether a header names a custom field of any of the tenant's programmes. */
export function isCustomFieldHeader(lookups: ImportLookups, header: string) {
  const wanted = normaliseHeader(header);
  return [...lookups.customFields.values()].some((fields) =>
    fields.some((field) => normaliseHeader(field.label) === wanted),
  );
}

/** Reads the row's custom-field cells into `input.customFields`. */
export function planCustomFields(
  columns: ImportColumn[],
  values: Record<string, string>,
  lookups: ImportLookups,
  programme: { id: number; name: string } | null,
  input: TLearnerInput,
  fail: (header: string, message: string) => void,
) {
  const fields = programme ? (lookups.customFields.get(programme.id) ?? []) : [];
  for (const { header, field } of columns) {
    const value = values[header]?.trim();
    if (field !== null || !value || !isCustomFieldHeader(lookups, header)) continue;
    const found = fields.find((f) => normaliseHeader(f.label) === normaliseHeader(header));
    if (!found) {
      fail(
        header,
        `'${header}' is not a custom field of ${programme ? `the programme '${programme.name}'` : "the learner's programme"}. Leave the cell empty for this row.`,
      );
      continue;
    }
    input.customFields = { ...input.customFields, [found.key]: value };
  }
}

/** The column a writer's `customFields.<key>` reason belongs under, when the file has one. */
export function customFieldHeader(columns: ImportColumn[], lookups: ImportLookups, key: string) {
  const labels = [...lookups.customFields.values()]
    .flat()
    .filter((field) => field.key === key)
    .map((field) => normaliseHeader(field.label));
  return columns.find((c) => c.field === null && labels.includes(normaliseHeader(c.header)))
    ?.header;
}

/** Words for an import's status and counts, shared by the history list and the import page. */
import type { ImportCounts, ImportMode, ImportRow, ImportStatus } from '../../api/imports';

export const modeLabels: Record<ImportMode, string> = {
  create: 'Create new people only',
  update: 'Update existing people only',
  upsert: 'Create new people and update existing ones',
};

export const statusLabels: Record<ImportStatus, string> = {
  uploaded: 'Waiting to be read',
  previewing: 'Reading the file',
  previewed: 'Ready to import',
  committing: 'Importing',
  committed: 'Imported',
  failed: 'Failed',
};

const n = (count: number) => count.toLocaleString('en-GB');

export const plural = (count: number, one: string, many: string) =>
  `${n(count)} ${count === 1 ? one : many}`;

/** Rows the import writes: those it creates and those it updates. */
export const rowsToWrite = (counts: ImportCounts) => counts.create + counts.update;

/** "12 to create, 3 to update, 1 unchanged, 2 errors" (or, once imported, "12 created, …"). */
export function countsSummary(counts: ImportCounts, imported: boolean): string {
  const parts = imported
    ? [`${n(counts.create)} created`, `${n(counts.update)} updated`]
    : [`${n(counts.create)} to create`, `${n(counts.update)} to update`];
  parts.push(`${n(counts.unchanged)} unchanged`, plural(counts.error, 'error', 'errors'));
  return parts.join(', ');
}

/** The file's headers in the order the rows on this page first name them. */
export function headersOf(rows: readonly ImportRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const header of Object.keys(row.values)) seen.add(header);
  return [...seen];
}

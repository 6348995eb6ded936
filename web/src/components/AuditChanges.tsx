import type { AuditEntry } from '../api/audit';
import { formatDate, formatDateTime } from './dates';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "firstName" → "First name", "subscriptionEndsOn" → "Subscription ends on". */
export function fieldLabel(key: string) {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as a person reads it: dates dd/mm/yyyy, yes/no, lists with commas, empty as a dash. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map(shownValue).join(', ') : '—';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${fieldLabel(key)}: ${shownValue(inner)}`)
      .join('; ');
  return String(value);
}

/**
 * The fields an entry names, before and after, as a small table. Fields only in "after" (a
 * record created) show a dash before; fields only in "before" (one removed) a dash after.
 */
export function AuditChanges({ entry }: { entry: Pick<AuditEntry, 'before' | 'after'> }) {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <span className="audit-none">No fields recorded</span>;
  return (
    <table className="audit-changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key}>
            <th scope="row">{fieldLabel(key)}</th>
            <td>{key in before ? shownValue(before[key]) : '—'}</td>
            <td>{key in after ? shownValue(after[key]) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

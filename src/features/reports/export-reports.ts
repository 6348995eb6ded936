/**
 * The overview's reports as CSV files (CONTRACT.md "CSV out", through the one CSV writer):
 * the same rows as on screen, dates dd/mm/yyyy in the tenant's time zone.
 */
import { pipeline, Readable } from 'node:stream';
import type { Db } from '../../db/client.js';
import { formatUkDate } from '../../domain/dates.js';
import { SUBSCRIPTION_STATUS_LABELS } from '../../domain/subscription.js';
import { USER_TYPE_LABELS } from '../../domain/vocabulary.js';
import type { AdminActor } from '../../platform/actor.js';
import { csvWriter } from '../../platform/csv-writer.js';
import { loadTenantTimeZone } from '../access-codes/access-codes.queries.js';
import type { getActivationReport } from './get-activation-report.js';
import { getGroupsReport } from './get-groups-report.js';
import { presentReportRows, selectReportUsers, usersReportWhere } from './list-users-report.js';
import type { TUsersReportQuery } from './reports.schema.js';

const CHUNK = 1000;

export const REPORT_FILENAMES = {
  activations: 'roster-activation-report.csv',
  users: 'roster-users-report.csv',
  groups: 'roster-groups-report.csv',
} as const;

function toCsv(
  columns: readonly { key: string; header: string }[],
  records: AsyncIterable<Record<string, string | number>>,
  onError: (error: Error) => void,
) {
  return pipeline(Readable.from(records), csvWriter(columns), (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') onError(error);
  });
}

/** The report's days as CSV: the report is made first, so a refused window is a JSON error. */
export function exportActivationReport(
  report: Pick<Awaited<ReturnType<typeof getActivationReport>>, 'days'>,
  onError: (error: Error) => void,
) {
  async function* records() {
    for (const day of report.days)
      yield {
        date: formatUkDate(day.date),
        invited: day.invited,
        activated: day.activated,
      };
  }
  return toCsv(
    [
      { key: 'date', header: 'Date' },
      { key: 'invited', header: 'Invitations sent' },
      { key: 'activated', header: 'Activations' },
    ],
    records(),
    onError,
  );
}

export function exportGroupsReport(
  db: Db,
  actor: AdminActor,
  groupIds: number[] | undefined,
  onError: (error: Error) => void,
) {
  async function* records() {
    const report = await getGroupsReport(db, actor, groupIds);
    for (const item of report.items)
      yield { group: item.path, id: item.groupId, ...item.byStatus, total: item.total };
  }
  return toCsv(
    [
      { key: 'group', header: 'Group' },
      { key: 'id', header: 'Group ID' },
      ...Object.entries(SUBSCRIPTION_STATUS_LABELS).map(([key, header]) => ({ key, header })),
      { key: 'total', header: 'Total (archived left out)' },
    ],
    records(),
    onError,
  );
}

export function exportUsersReport(
  db: Db,
  actor: AdminActor,
  filters: Pick<TUsersReportQuery, 'groupId' | 'type' | 'status'>,
  onError: (error: Error) => void,
) {
  async function* records() {
    const [where, timeZone] = await Promise.all([
      usersReportWhere(db, actor, filters),
      loadTenantTimeZone(db, actor.tenantId),
    ]);
    let after: Awaited<ReturnType<typeof selectReportUsers>>[number] | undefined;
    for (;;) {
      const rows = await selectReportUsers(db, where, { limit: CHUNK, after });
      for (const row of await presentReportRows(db, actor.tenantId, rows))
        yield {
          name: row.name,
          email: row.email ?? '',
          type: USER_TYPE_LABELS[row.type],
          status: SUBSCRIPTION_STATUS_LABELS[row.subscriptionStatus],
          groups: row.groups.join('; '),
          createdAt: formatUkDate(row.createdAt, timeZone),
          invitedAt: formatUkDate(row.invitedAt, timeZone),
          activatedAt: formatUkDate(row.activatedAt, timeZone),
          endsOn: formatUkDate(row.subscriptionEndsOn),
        };
      after = rows.at(-1);
      if (rows.length < CHUNK || !after) return;
    }
  }
  return toCsv(
    [
      { key: 'name', header: 'Name' },
      { key: 'email', header: 'Email' },
      { key: 'type', header: 'Type' },
      { key: 'status', header: 'Subscription status' },
      { key: 'groups', header: 'Groups' },
      { key: 'createdAt', header: 'Created' },
      { key: 'invitedAt', header: 'Last invited' },
      { key: 'activatedAt', header: 'Activated' },
      { key: 'endsOn', header: 'End date' },
    ],
    records(),
    onError,
  );
}

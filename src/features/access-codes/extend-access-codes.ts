/**
 * Extends unused access codes (not activated, not revoked; expired ones come back to life):
 * each chosen code, in every group of the caller's where it is recorded, stays valid to the
 * end of `expiresOn` in the tenant's time zone. Whole request or nothing; one audit entry a row.
 */
import type { Db } from '../../db/client.js';
import { formatUkDate, isoDateInZone } from '../../domain/dates.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, invalid } from '../../platform/errors.js';
import { recordAudits } from '../audit/record-audit.js';
import { extendCodeRows, loadTenantTimeZone } from './access-codes.queries.js';
import type { TExtendAccessCodesRequest } from './access-codes.schema.js';
import { lockUnusedCodes } from './lock-unused-codes.js';
import { presentAccessCode } from './present-access-code.js';

export async function extendAccessCodes(
  db: Db,
  actor: AdminActor,
  request: TExtendAccessCodesRequest,
  options: { ip?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const timeZone = await loadTenantTimeZone(tx, actor.tenantId);
    const today = isoDateInZone(now, timeZone);
    assert(request.expiresOn >= today, () =>
      invalid({
        expiresOn: `Choose today (${formatUkDate(today)}) or a later day for the codes to last until.`,
      }),
    );
    const rows = await lockUnusedCodes(tx, actor, request.ids, 'extended');
    const moved = await extendCodeRows(
      tx,
      rows.map((row) => row.id),
      request.expiresOn,
      timeZone,
    );
    const expiry = new Map(moved.map((row) => [row.id, row.expiresAt]));
    await recordAudits(
      tx,
      rows.map((row) => ({
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'access_code_extended',
        entityType: 'access_code',
        entityId: row.id,
        before: { code: row.code, group: row.groupName, expiresAt: row.expiresAt.toISOString() },
        after: {
          code: row.code,
          group: row.groupName,
          expiresAt: expiry.get(row.id)?.toISOString() ?? null,
        },
        ip: options.ip,
      })),
    );
    return {
      items: rows.map((row) =>
        presentAccessCode({ ...row, expiresAt: expiry.get(row.id) ?? row.expiresAt }, now),
      ),
    };
  });
}

/**
 * Revokes unused access codes: each chosen code, in every group of the caller's where it is
 * recorded, can no longer register anyone (registration answers `access_code_revoked`). Codes
 * already used are refused, whole request or nothing; one audit entry a row.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { recordAudits } from '../audit/record-audit.js';
import { revokeCodeRows } from './access-codes.queries.js';
import type { TChangeAccessCodesRequest } from './access-codes.schema.js';
import { lockUnusedCodes } from './lock-unused-codes.js';
import { presentAccessCode } from './present-access-code.js';

export async function revokeAccessCodes(
  db: Db,
  actor: AdminActor,
  request: TChangeAccessCodesRequest,
  options: { ip?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const rows = await lockUnusedCodes(tx, actor, request.ids, 'revoked');
    await revokeCodeRows(
      tx,
      rows.map((row) => row.id),
      now,
    );
    await recordAudits(
      tx,
      rows.map((row) => ({
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'access_code_revoked',
        entityType: 'access_code',
        entityId: row.id,
        before: { code: row.code, group: row.groupName, revokedAt: null },
        after: { code: row.code, group: row.groupName, revokedAt: now.toISOString() },
        ip: options.ip,
      })),
    );
    return { items: rows.map((row) => presentAccessCode({ ...row, revokedAt: now }, now)) };
  });
}

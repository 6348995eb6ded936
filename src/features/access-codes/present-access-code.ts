/** What of an access code row leaves the server, with its status at `now`. */
import { accessCodeStatus } from '../../domain/access-code.js';
import type { AccessCodeRow } from './access-codes.queries.js';
import type { TAccessCode } from './access-codes.schema.js';

export function presentAccessCode(row: AccessCodeRow, now: Date): TAccessCode {
  return {
    id: row.id,
    code: row.code,
    status: accessCodeStatus(row, now),
    groupId: row.groupId,
    groupName: row.groupName,
    description: row.description,
    registeredEmail: row.registeredEmail,
    registeredUserId: row.registeredUserId,
    issuedAt: row.issuedAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    creatorEmail: row.creatorEmail,
  };
}

/**
 * The Audit page and a profile's audit tab: entries the caller may see, filtered by user,
 * actor, action and days, newest first unless told, paged.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { auditOrder, auditWhere, countAudit, selectAuditPage } from './audit.queries.js';
import type { TAuditQuery } from './audit.schema.js';
import { auditScope } from './audit-scope.js';
import { presentAuditEntry } from './present-audit-entry.js';

export async function listAudit(db: Db, actor: AdminActor, query: TAuditQuery) {
  const scope = await auditScope(db, actor, query);
  const where = auditWhere(scope, query);
  const [rows, total] = await Promise.all([
    selectAuditPage(db, actor.tenantId, where, auditOrder(query), {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    countAudit(db, where),
  ]);
  return {
    items: rows.map(presentAuditEntry),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

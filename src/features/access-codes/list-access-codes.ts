/**
 * The Access codes grid: codes in groups the caller can access, filtered, sorted (id ascending
 * by default) and paged.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { accessCodeScope } from './access-code-scope.js';
import {
  accessCodesOrder,
  accessCodesWhere,
  countAccessCodes,
  selectAccessCodePage,
} from './access-codes.queries.js';
import type { TListAccessCodesQuery } from './access-codes.schema.js';
import { presentAccessCode } from './present-access-code.js';

export async function listAccessCodes(
  db: Db,
  actor: AdminActor,
  query: TListAccessCodesQuery,
  now = new Date(),
) {
  const scope = await accessCodeScope(db, actor, query.groupId, now);
  const where = accessCodesWhere(scope, query);
  const [rows, total] = await Promise.all([
    selectAccessCodePage(
      db,
      where,
      accessCodesOrder(query, now),
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ),
    countAccessCodes(db, where),
  ]);
  return {
    items: rows.map((row) => presentAccessCode(row, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

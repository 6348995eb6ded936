/**
 * Which programmes are offered where: a programme is offered on the groups it is linked to.
 * Loaded once (`loadProgrammeOffers`), then asked without I/O (`programmesOffered`) by
 * GET /programmes, the learner form's dropdowns and the learner rules alike, so they agree.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmeGroups, programmes } from '../../db/schema.js';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type ProgrammeType = ProgrammeRow['type'];
export type ProgrammeOffers = Map<number, { row: ProgrammeRow; groupIds: Set<number> }>;

/** Every programme of the tenant with the groups offering it (two queries). */
export async function loadProgrammeOffers(db: Db, tenantId: number): Promise<ProgrammeOffers> {
  const rows = await db.select().from(programmes).where(eq(programmes.tenantId, tenantId));
  const links = await db
    .select({ programmeId: programmeGroups.programmeId, groupId: programmeGroups.groupId })
    .from(programmeGroups)
    .where(eq(programmeGroups.tenantId, tenantId));
  const offers: ProgrammeOffers = new Map(
    rows.map((row) => [row.id, { row, groupIds: new Set<number>() }]),
  );
  for (const link of links) offers.get(link.programmeId)?.groupIds.add(link.groupId);
  return offers;
}

const byName = (a: ProgrammeRow, b: ProgrammeRow) => {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.id - b.id;
};

/**
 * Programmes of `types` offered on at least one of `groupIds`, by name; `groupIds` undefined:
 * every programme of those types.
 */
export function programmesOffered(
  offers: ProgrammeOffers,
  groupIds: readonly number[] | undefined,
  types: readonly ProgrammeType[],
) {
  return [...offers.values()]
    .filter(
      ({ row, groupIds: on }) =>
        types.includes(row.type) && (groupIds === undefined || groupIds.some((id) => on.has(id))),
    )
    .map(({ row }) => row)
    .sort(byName);
}

/**
 * The created rows of a write, inserted a chunk at a time: the learners with ids drawn
 * beforehand, their group memberships and one audit entry each, three statements a chunk
 * (insert-rows.ts: one JSON parameter a statement), then the rows as stored.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { drawIds, insertRows } from '../../../db/insert-rows.js';
import { auditLog, userGroups, users } from '../../../db/schema.js';
import type { RuleContext, WriteContext } from '../rules/context.js';
import type { LearnerWrite } from './write-learners.js';

type UserRow = typeof users.$inferSelect;

const CHUNK = 1000;

function groupRows(world: WriteContext, userId: number, groupIds: number[]) {
  const roots = new Map(world.groups.map((group) => [group.id, group.rootId]));
  return groupIds.flatMap((groupId) => {
    const rootId = roots.get(groupId);
    return rootId === undefined
      ? []
      : [{ tenantId: world.tenantId, userId, groupId, rootId, exclusive: true }];
  });
}

/** Inserts the created learners; answers them as stored, in the order of `created`. */
export async function insertLearners(
  tx: Db,
  world: WriteContext,
  created: { ctx: RuleContext; write: LearnerWrite }[],
  ip: string | null,
): Promise<UserRow[]> {
  const saved: UserRow[] = [];
  for (let at = 0; at < created.length; at += CHUNK) {
    const chunk = created.slice(at, at + CHUNK);
    const ids = await drawIds(tx, users, chunk.length);
    const rows = chunk.map(({ ctx, write }, i) => {
      const { groupIds: _groups, ...columns } = ctx.next;
      return {
        id: ids[i] as number,
        tenantId: world.tenantId,
        type: 'learner' as const,
        subscriptionStatus: 'Prospect' as const,
        ...columns,
        ...write.system,
      };
    });
    await insertRows(tx, users, rows);
    await insertRows(
      tx,
      userGroups,
      rows.flatMap((row, i) => groupRows(world, row.id, chunk[i]?.ctx.next.groupIds ?? [])),
    );
    await insertRows(
      tx,
      auditLog,
      rows.map((row, i) => ({
        tenantId: world.tenantId,
        // A person registering is the actor of their own account's creation.
        actorId: world.actor?.userId ?? row.id,
        action: chunk[i]?.write.audit?.action ?? 'learner_created',
        entityType: 'user',
        entityId: String(row.id),
        after: {
          ...chunk[i]?.ctx.next,
          subscriptionStatus: row.subscriptionStatus,
          ...chunk[i]?.write.audit?.after,
        },
        ip,
      })),
    );
    const stored = new Map(
      (await tx.select().from(users).where(inArray(users.id, ids))).map((row) => [row.id, row]),
    );
    for (const id of ids) {
      const row = stored.get(id);
      if (!row) throw new Error(`learner ${id} was not stored`);
      saved.push(row);
    }
  }
  return saved;
}

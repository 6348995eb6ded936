/**
 * A learner's funding (ILR) episodes, and marking one unfunded: the way through when being in
 * a submission batch holds back archiving (DOMAIN.md). Marking is audited with who and when.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fundingEpisodes } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';
import type { TFundingEpisode } from './funding.schema.js';

const present = (row: typeof fundingEpisodes.$inferSelect): TFundingEpisode => ({
  id: row.id,
  status: row.status,
  inBatch: row.inBatch,
  unfunded: row.unfunded,
  ukprn: row.ukprn,
});

/** Episodes that stop the learner being archived: in a batch and not marked unfunded. */
export async function episodesHoldingArchive(tx: Db, user: { id: number; tenantId: number }) {
  return tx
    .select({ id: fundingEpisodes.id })
    .from(fundingEpisodes)
    .where(
      and(
        eq(fundingEpisodes.tenantId, user.tenantId),
        eq(fundingEpisodes.learnerId, user.id),
        eq(fundingEpisodes.inBatch, true),
        eq(fundingEpisodes.unfunded, false),
      ),
    );
}

export async function listFundingEpisodes(db: Db, actor: AdminActor, learnerId: number) {
  const user = await findVisibleUser(db, actor, learnerId);
  const rows = await db
    .select()
    .from(fundingEpisodes)
    .where(
      and(eq(fundingEpisodes.tenantId, actor.tenantId), eq(fundingEpisodes.learnerId, user.id)),
    )
    .orderBy(asc(fundingEpisodes.id));
  return { items: rows.map(present) };
}

export async function markEpisodeUnfunded(
  db: Db,
  actor: AdminActor,
  learnerId: number,
  episodeId: number,
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const user = await findVisibleUser(tx, actor, learnerId);
    const groupIds = ((await loadGroupLinks(tx, [user.id])).get(user.id) ?? []).map((g) => g.id);
    assert(
      canManageUser(actor, { ...user, groupIds }),
      forbidden("You cannot change this learner's funding records."),
    );
    const [row] = await tx
      .update(fundingEpisodes)
      .set({ unfunded: true })
      .where(
        and(
          eq(fundingEpisodes.id, episodeId),
          eq(fundingEpisodes.tenantId, actor.tenantId),
          eq(fundingEpisodes.learnerId, user.id),
        ),
      )
      .returning();
    if (!row) throw notFound('funding record');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'funding_marked_unfunded',
      entityType: 'user',
      entityId: user.id,
      after: { episodeId, unfunded: true },
      ip,
    });
    return present(row);
  });
}

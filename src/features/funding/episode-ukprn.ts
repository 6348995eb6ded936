/**
 * The UKPRN on a learner's funding (ILR) episodes follows the learner's learning provider
 * (edit-user.txt: changing the provider amends the ILR UKPRN). Only open episodes follow it:
 * a Completed or Withdrawn episode keeps the UKPRN it was funded under.
 */
import { and, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fundingEpisodes, organisations, users } from '../../db/schema.js';

const CLOSED_STATUSES = ['Completed', 'Withdrawn'] as const;

async function setFromProvider(tx: Db, tenantId: number, learners: SQL | number[]) {
  const providerUkprn = sql`(
    select ${organisations.ukprn} from ${users}
    join ${organisations} on ${organisations.id} = ${users.learningProviderId}
      and ${organisations.tenantId} = ${users.tenantId}
    where ${users.id} = ${fundingEpisodes.learnerId} and ${users.tenantId} = ${tenantId})`;
  await tx
    .update(fundingEpisodes)
    .set({ ukprn: providerUkprn })
    .where(
      and(
        eq(fundingEpisodes.tenantId, tenantId),
        inArray(fundingEpisodes.learnerId, learners),
        notInArray(fundingEpisodes.status, [...CLOSED_STATUSES]),
      ),
    );
}

/** After a save that changed these learners' learning provider: their episodes take its UKPRN. */
export async function followLearningProvider(tx: Db, tenantId: number, learnerIds: number[]) {
  if (learnerIds.length > 0) await setFromProvider(tx, tenantId, learnerIds);
}

/** After a provider's UKPRN changed: the open episodes of every learner it provides for. */
export async function setProviderUkprnOnEpisodes(tx: Db, tenantId: number, providerId: number) {
  await setFromProvider(
    tx,
    tenantId,
    sql`(select ${users.id} from ${users} where ${users.tenantId} = ${tenantId}
      and ${users.learningProviderId} = ${providerId})`,
  );
}

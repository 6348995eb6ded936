/** Demo learners: a few hundred, in every subscription status, across both hierarchies. */
import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client.js';
import {
  auditLog,
  fundingEpisodes,
  SUBSCRIPTION_STATUSES,
  userGroups,
  users,
} from '../../db/schema.js';
import { FIRST_NAMES, SURNAMES } from './names.js';

interface Group {
  id: number;
  rootId: number;
}

interface LearnerSeed {
  tenantId: number;
  passwordHash: string;
  caseOwnerId: number;
  learningProviderId: number;
  /** Acme first, BrightCare second. */
  employerIds: number[];
  /** Eligibility, Software Developer, Adult Care Worker, Functional Skills Maths. */
  programmeIds: number[];
  college: Group[];
  apprenticeships: Group[];
}

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The demo tenant's days of access after completing. */
export const ACCESS_AFTER_COMPLETION_DAYS = 90;
const COMPLETED_DAYS_AGO = 75;
const completedOn = isoDay(new Date(Date.now() - COMPLETED_DAYS_AGO * DAY_MS));

/** Every tenth learner from the third has a funding episode: every other one of those completed. */
const hasEpisode = (index: number) => index % 10 === 2;
const completed = (index: number) => hasEpisode(index) && Math.floor(index / 10) % 2 === 1;

/**
 * Learners who completed end 90 days after it (in 15 days: what the completion sweep would
 * set, set here so the sweep has nothing to race the tests for); every eighth other learner's
 * account ends within the next 30 days (the Due-to-expire list), every eighth from the fourth
 * next summer; the rest have no end date.
 */
function endsOn(index: number) {
  if (completed(index))
    return isoDay(
      new Date(Date.now() + (ACCESS_AFTER_COMPLETION_DAYS - COMPLETED_DAYS_AGO) * DAY_MS),
    );
  if (index % 8 === 0) return isoDay(new Date(Date.now() + ((index % 29) + 1) * DAY_MS));
  if (index % 8 === 4) return isoDay(new Date(Date.now() + (200 + (index % 60)) * DAY_MS));
  return null;
}

/** Even learners are apprentices (every fourth in Digital), odd ones in a college department. */
export async function seedDemoLearners(tx: Db, ctx: LearnerSeed) {
  const learnerRows = Array.from({ length: 320 }, (_, index) => {
    const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex';
    const last = SURNAMES[(index * 7) % SURNAMES.length] ?? 'Smith';
    const status = SUBSCRIPTION_STATUSES[index % SUBSCRIPTION_STATUSES.length] ?? 'Prospect';
    const email = `${first}.${last}.${index + 1}@learners.example`
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z0-9.@]/g, '');
    const apprentice = index % 2 === 0;
    return {
      tenantId: ctx.tenantId,
      type: 'learner' as const,
      username: email,
      email,
      firstName: first,
      surname: last,
      gender: index % 2 ? ('female' as const) : ('male' as const),
      mobile: `07700 9${String(index).padStart(5, '0')}`,
      dateOfBirth: `${1975 + (index % 30)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
      subscriptionStatus: status,
      passwordHash: status === 'FullUser' || status === 'Expired' ? ctx.passwordHash : null,
      caseOwnerId: ctx.caseOwnerId,
      employerId: apprentice ? (ctx.employerIds[index % 4 === 0 ? 0 : 1] ?? null) : null,
      learningProviderId: ctx.learningProviderId,
      programmeId: apprentice
        ? (ctx.programmeIds[index % 4 === 0 ? 1 : 2] ?? null)
        : (ctx.programmeIds[3] ?? null),
      referenceNumber: apprentice
        ? `${index % 4 === 0 ? 'SD-' : 'AC-'}${String(index + 1).padStart(5, '0')}`
        : null,
      postcode: 'LS1 4AP',
      line1: `${(index % 90) + 1} Wellington Street`,
      town: 'Leeds',
      country: 'United Kingdom',
      activatedAt: status === 'FullUser' ? new Date() : null,
      subscriptionEndsOn: endsOn(index),
      // One active learner locked after five failures, one suspended: the profile says why.
      ...(index === 2 ? { lockedAt: new Date(), failedSignIns: 5 } : {}),
      ...(index === 14 ? { suspendedAt: new Date() } : {}),
      createdAt: new Date(Date.now() - randomInt(1, 400) * 86_400_000),
    };
  });
  // Invitations and activations spread over the last two months, so the overview's charts and
  // its account activation report have a shape: each invited learner's invitation is an audit
  // entry, as sending one writes; a Full user activated two days after theirs.
  const invitedAt = (index: number) => new Date(Date.now() - (3 + (index % 58)) * 86_400_000);
  const learners = await tx
    .insert(users)
    .values(
      learnerRows.map((row, index) =>
        row.activatedAt
          ? { ...row, activatedAt: new Date(invitedAt(index).getTime() + 2 * 86_400_000) }
          : row,
      ),
    )
    .returning({ id: users.id });
  await tx.insert(auditLog).values(
    learners
      .map((learner, index) => ({ learner, index, status: learnerRows[index]?.subscriptionStatus }))
      .filter(({ status }) => status === 'Invited' || status === 'FullUser')
      .map(({ learner, index }) => ({
        tenantId: ctx.tenantId,
        actorId: ctx.caseOwnerId,
        action: 'invitation_sent',
        entityType: 'user',
        entityId: String(learner.id),
        after: { subscriptionStatus: 'Invited' },
        createdAt: invitedAt(index),
      })),
  );
  const memberships = learners.flatMap((learner, index) => {
    const collegeGroup = ctx.college[index % ctx.college.length];
    const apprenticeGroup = ctx.apprenticeships[index % 4 === 0 ? 0 : 1];
    const chosen =
      index % 2 === 0
        ? [apprenticeGroup, ...(index % 6 === 0 ? [collegeGroup] : [])]
        : [collegeGroup];
    return chosen.map((group) => ({
      tenantId: ctx.tenantId,
      userId: learner.id,
      groupId: group?.id ?? 0,
      rootId: group?.rootId ?? 0,
      exclusive: true,
    }));
  });
  await tx.insert(userGroups).values(memberships);
  await tx.insert(fundingEpisodes).values(
    learners
      .filter((_, index) => hasEpisode(index))
      .map((learner, index) => ({
        tenantId: ctx.tenantId,
        learnerId: learner.id,
        status: index % 2 ? ('Completed' as const) : ('QA Verified' as const),
        completedOn: index % 2 ? completedOn : null,
        inBatch: index % 3 === 0,
      })),
  );
  return learners.map((learner, index) => ({
    id: learner.id,
    index,
    email: learnerRows[index]?.email ?? '',
    status: learnerRows[index]?.subscriptionStatus,
  }));
}

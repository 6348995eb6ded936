/**
 * Learner → employer. A user's type never changes (DOMAIN.md); the way the product allows is
 * to archive the learner account and create an employer user with the same person's details.
 * One transaction does it all, so any refusal leaves both records as they were:
 * - the archive, refused as any archive is (`in_ilr_batch` for a learner in a funding batch);
 * - the learner's email and username freed for the new account (kept in the audit entry);
 * - the employer created through Add Employer's own use case (its rules and invitation);
 * - an audit entry on each record naming the other.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { createEmployer } from '../employers/create-employer.js';
import { findVisibleUser, getUser } from '../users/get-user.js';
import { applyStatusAction } from './change-status.js';
import type { TMakeEmployerRequest } from './learner-to-employer.schema.js';

export async function makeEmployerFromLearner(
  db: Db,
  actor: AdminActor,
  learnerId: number,
  request: TMakeEmployerRequest,
  options: { publicUrl: string; ip: string | null },
) {
  const employer = await db.transaction(async (tx) => {
    const learner = await findVisibleUser(tx, actor, learnerId);
    if (learner.type !== 'learner')
      throw new AppError(
        'not_a_learner',
        'Only a learner account can become an employer user.',
        422,
      );
    if (!learner.email)
      throw invalid({
        email: 'This learner has no email address; add one before making them an employer user.',
      });
    await applyStatusAction(tx, actor, learnerId, 'archive', options.ip);
    await tx
      .update(users)
      .set({
        email: null,
        username: null,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, learnerId));
    const made = await createEmployer(
      tx,
      actor,
      {
        ...request,
        title: request.title ?? learner.title,
        mobile: request.mobile ?? learner.mobile,
        firstName: learner.firstName,
        surname: learner.surname,
        gender: learner.gender,
        email: learner.email,
        username: learner.username === learner.email ? undefined : learner.username,
        address: {
          postcode: learner.postcode,
          line1: learner.line1,
          line2: learner.line2,
          town: learner.town,
          county: learner.county,
          country: learner.country,
        },
      },
      options,
    );
    const audit = (entityId: number, action: string, before: object, after: object) =>
      recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action,
        entityType: 'user',
        entityId,
        before,
        after,
        ip: options.ip,
      });
    await audit(
      learnerId,
      'user_made_employer',
      { email: learner.email, username: learner.username },
      { email: null, username: null, employerUserId: made.id },
    );
    await audit(made.id, 'user_created_from_learner', {}, { learnerId });
    return made;
  });
  return { learner: await getUser(db, actor, learnerId), employer };
}

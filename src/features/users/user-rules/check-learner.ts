/**
 * Runs every learner rule of edit-user.txt and DOMAIN.md over a request, in the caller's
 * transaction, and returns the learner as it is to be saved, or throws: funding_locked when a
 * locked field would change, otherwise validation_failed with one reason per field.
 */
import type { Db } from '../../../db/client.js';
import type { users } from '../../../db/schema.js';
import type { Actor } from '../../../platform/actor.js';
import { invalid } from '../../../platform/errors.js';
import { getFundingLock } from '../../funding/funding-lock.js';
import { loadGroups } from '../../groups/groups.queries.js';
import { getTenant } from '../../tenants/tenants.routes.js';
import { accountIdentityRule } from './account-identity.js';
import { caseOwnerRule } from './case-owner.js';
import type { LearnerColumn, LearnerState, RuleContext } from './context.js';
import { fundingLockRule } from './funding-lock-rule.js';
import { groupsRule } from './groups.js';
import { organisationLinksRule } from './organisation-links.js';
import { learnerGenderRule, personalDetailsRule } from './personal-details.js';
import { programmeRule } from './programme.js';
import { applyReferenceTemplate, referenceNumberRule } from './reference-number.js';
import { signInAccessRule } from './sign-in-access.js';
import { tenantFieldsRule } from './tenant-fields.js';

export interface CheckLearnerRequest {
  mode: 'create' | 'update';
  userId: number | null;
  status: (typeof users.$inferSelect)['subscriptionStatus'];
  current: LearnerState;
  input: RuleContext['input'];
}

/** The context the rules run in: tenant settings and groups, and the funding lock. */
export async function createRuleContext(tx: Db, actor: Actor, request: CheckLearnerRequest) {
  const tenant = await getTenant(tx, actor.tenantId);
  const lock =
    request.userId === null ? null : await getFundingLock(tx, actor.tenantId, request.userId);
  const ctx: RuleContext = {
    tx,
    actor,
    mode: request.mode,
    userId: request.userId,
    status: request.status,
    settings: tenant.settings,
    timeZone: tenant.timeZone,
    groups: await loadGroups(tx, actor.tenantId),
    input: request.input,
    current: request.current,
    next: structuredClone(request.current),
    locked: new Set<LearnerColumn>(lock?.columns ?? []),
    programme: null,
    errors: {},
  };
  return ctx;
}

/** The learner as it is to be saved, once every rule holds. */
export async function checkLearner(tx: Db, actor: Actor, request: CheckLearnerRequest) {
  const ctx = await createRuleContext(tx, actor, request);
  personalDetailsRule(ctx);
  learnerGenderRule(ctx);
  fundingLockRule(ctx);
  groupsRule(ctx);
  await accountIdentityRule(ctx);
  await organisationLinksRule(ctx);
  await caseOwnerRule(ctx);
  await programmeRule(ctx);
  referenceNumberRule(ctx);
  signInAccessRule(ctx);
  tenantFieldsRule(ctx);
  if (Object.keys(ctx.errors).length > 0) throw invalid(ctx.errors);
  await applyReferenceTemplate(ctx);
  return ctx.next;
}

/**
 * Runs every learner rule of edit-user.txt and DOMAIN.md over one row, against the write
 * context loaded for its request or batch, without I/O. Answers the learner as it is to be
 * saved, or the reasons by field; a change to a field the funding lock keeps throws
 * funding_locked.
 */
import type { users } from '../../../db/schema.js';
import { accountIdentityRule } from './account-identity.js';
import { caseOwnerRule } from './case-owner.js';
import type { LearnerState, RuleContext, WriteContext } from './context.js';
import { fundingLockRule } from './funding-lock-rule.js';
import { groupsRule } from './groups.js';
import { organisationLinksRule } from './organisation-links.js';
import { learnerGenderRule, personalDetailsRule, personFieldsRule } from './personal-details.js';
import { programmeRule } from './programme.js';
import { referenceNumberRule } from './reference-number.js';
import { signInAccessRule } from './sign-in-access.js';
import { subscriptionEndRule } from './subscription-end.js';
import { tenantFieldsRule } from './tenant-fields.js';

export interface CheckLearnerRequest {
  mode: 'create' | 'update';
  userId: number | null;
  /** The row's number in its batch, counted from 1. */
  row: number;
  status: (typeof users.$inferSelect)['subscriptionStatus'];
  current: LearnerState;
  input: RuleContext['input'];
  /** A row of an uploaded file: the upload asks only for its own mandatory columns. */
  fromFile?: boolean;
  /** An approved change request: the funding lock lets its fields through. */
  fundingLockLifted?: boolean;
}

/** The context one row's rules run in. */
export function createRuleContext(world: WriteContext, request: CheckLearnerRequest): RuleContext {
  return {
    world,
    actor: world.actor,
    source: world.source,
    mode: request.mode,
    userId: request.userId,
    row: request.row,
    status: request.status,
    settings: world.settings,
    timeZone: world.timeZone,
    groups: world.groups,
    input: request.input,
    current: request.current,
    next: structuredClone(request.current),
    locked: new Set(
      request.userId === null || request.fundingLockLifted
        ? []
        : (world.locks.get(request.userId) ?? []),
    ),
    programme: null,
    fromFile: request.fromFile === true,
    errors: {},
    conflicts: new Set(),
  };
}

/**
 * The rules for a person writing their own account. Registering with an access code: the person
 * rules (names, email), the groups of the code, the identity keys, a case owner where exactly
 * one qualifies, and the tenant's interfaces. The form asks nothing else, so the administrator's
 * form rules (gender, programme, organisation links, reference number, the tenant's optional
 * and mandatory fields, the multi-factor mobile) are left to Edit User. Activating: the username
 * chosen, checked against the identity keys.
 */
function checkSelfService(ctx: RuleContext) {
  if (ctx.source === 'activation') return accountIdentityRule(ctx);
  personFieldsRule(ctx);
  groupsRule(ctx);
  accountIdentityRule(ctx);
  caseOwnerRule(ctx);
  signInAccessRule(ctx);
}

/** Applies every rule to the row; `ctx.errors` is empty when the learner may be saved. */
export function checkLearner(world: WriteContext, request: CheckLearnerRequest): RuleContext {
  const ctx = createRuleContext(world, request);
  if (ctx.source !== 'administrator') {
    checkSelfService(ctx);
    return ctx;
  }
  personalDetailsRule(ctx);
  learnerGenderRule(ctx);
  fundingLockRule(ctx);
  groupsRule(ctx);
  accountIdentityRule(ctx);
  organisationLinksRule(ctx);
  caseOwnerRule(ctx);
  programmeRule(ctx);
  referenceNumberRule(ctx);
  signInAccessRule(ctx);
  subscriptionEndRule(ctx);
  tenantFieldsRule(ctx);
  return ctx;
}

/**
 * The rules every new account of a person shares with a learner: names and personal details,
 * email and username (one namespace per tenant), and how they sign in. Employer users are
 * created through this use case rather than by reaching into the learner rules.
 */
import type { Db } from '../../db/client.js';
import type { TSubscriptionStatus } from '../../domain/subscription.js';
import type { Actor } from '../../platform/actor.js';
import { accountIdentityRule } from './rules/account-identity.js';
import { createRuleContext } from './rules/check-learner.js';
import { emptyLearner, type RuleContext, type TLearnerInput } from './rules/context.js';
import { personalDetailsRule } from './rules/personal-details.js';
import { signInAccessRule } from './rules/sign-in-access.js';
import { loadWriteContext } from './writer/load-write-context.js';

/** The rules' context for a new person, always written by an administrator. */
export type PersonCheck = RuleContext & { actor: Actor };

/** Runs the shared person rules on a new account; `errors` of the answer are its problems. */
export async function checkNewPerson(
  tx: Db,
  actor: Actor,
  request: { status: TSubscriptionStatus; input: TLearnerInput },
): Promise<PersonCheck> {
  const row = { userId: null, current: emptyLearner(), input: request.input };
  const world = await loadWriteContext(tx, actor, [row]);
  const ctx: PersonCheck = {
    ...createRuleContext(world, { ...row, mode: 'create', row: 1, status: request.status }),
    actor,
  };
  personalDetailsRule(ctx);
  accountIdentityRule(ctx);
  signInAccessRule(ctx);
  return ctx;
}

/**
 * Runs the same person rules on a change to an existing account (an administrator's own
 * details, an employer user's, say): `current` is the account as stored, so its own email and username are not
 * "taken", and only what `input` sends is checked and applied.
 */
export async function checkPersonChange(
  tx: Db,
  actor: Actor,
  request: {
    userId: number;
    status: TSubscriptionStatus;
    current: RuleContext['current'];
    input: TLearnerInput;
    /** Check how they sign in and which interfaces they use, too (employer users). */
    signInAccess?: boolean;
  },
): Promise<RuleContext> {
  const row = { userId: request.userId, current: request.current, input: request.input };
  const world = await loadWriteContext(tx, actor, [row]);
  const ctx = createRuleContext(world, { ...row, mode: 'update', row: 1, status: request.status });
  personalDetailsRule(ctx);
  accountIdentityRule(ctx);
  if (request.signInAccess) signInAccessRule(ctx);
  return ctx;
}

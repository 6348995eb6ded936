/**
 * Username and email: each unique in the tenant without regard to case, across every type and
 * status, archived included; and since people sign in with either, one account's username may
 * not be another account's email (DOMAIN.md). The username defaults to the email; it is optional
 * for a Prospect and otherwise mandatory, so clearing it on an Invited or Full user is refused.
 */
import { emailKey } from '../../../domain/email.js';
import { hiddenCharacterProblem } from '../../../domain/hidden-characters.js';
import { SUBSCRIPTION_STATUS_LABELS } from '../../../domain/subscription.js';
import { changed, clean, fail, type RuleContext } from './context.js';
import { enterMessage } from './personal-details.js';

const USERNAME_MAX = 100;

const TYPE_LABELS = {
  learner: 'learner',
  employer: 'employer user',
  admin: 'administrator',
} as const;

/** The seed's wording; which account holds the address is added only for those who may see it. */
export function emailTakenMessage(email: string, holder?: string) {
  const base = `The email address '${email}' is already registered to another account and cannot be used with this account. Please check that you have typed the address correctly.`;
  return holder ? `${base} It is the account of ${holder}.` : base;
}

/** Said to a person registering with an access code: who holds the address is never told. */
export const SELF_EMAIL_TAKEN_MESSAGE =
  'This email address already has an account. Sign in with it, or register with another address.';

export const usernameTakenMessage = (username: string) =>
  `The username '${username}' is already taken. Choose another.`;

/**
 * Who else holds `value` as email or username: an account of the tenant, or an earlier row of
 * the same batch (the row number, counted from 1).
 */
function holderOf(ctx: RuleContext, value: string) {
  const key = emailKey(value);
  const holder = ctx.world.identities.get(key);
  if (holder && holder.id !== ctx.userId) return { holder, row: undefined };
  const row = ctx.world.claimed.get(key);
  return row === undefined || row === ctx.row ? undefined : { holder: undefined, row };
}

function describe(found: NonNullable<ReturnType<typeof holderOf>>) {
  const { holder, row } = found;
  if (row !== undefined) return `the learner on row ${row} of this batch`;
  if (!holder?.visible) return undefined;
  const status = SUBSCRIPTION_STATUS_LABELS[holder.status];
  return `${holder.firstName} ${holder.surname} (${TYPE_LABELS[holder.type]}, ${status}, user ID ${holder.id})`;
}

export const USERNAME_REQUIRED_MESSAGE =
  'Enter a username: the learner signs in with it. Only a Prospect may be left without one.';

export const usernameClearedMessage = (status: string) =>
  `The username cannot be left empty: the learner's status is ${status} and they sign in with it. Enter a username; only a Prospect may have none.`;

function chooseUsername(ctx: RuleContext) {
  const { input, current, next } = ctx;
  if (input.username !== undefined) {
    const typed = clean(input.username);
    const hidden = typed === null ? null : hiddenCharacterProblem(typed, 'username');
    if (hidden) return fail(ctx, 'username', hidden);
    if (typed !== null && typed.length > USERNAME_MAX)
      return fail(ctx, 'username', `The username can be at most ${USERNAME_MAX} characters long.`);
    // Clearing the login a person signs in with is refused, never replaced by the email.
    if (typed === null && ctx.mode === 'update' && ctx.status !== 'Prospect')
      return fail(ctx, 'username', usernameClearedMessage(SUBSCRIPTION_STATUS_LABELS[ctx.status]));
    next.username = typed ?? next.email;
  } else if (ctx.mode === 'create') {
    next.username = next.email;
  } else if (
    current.username !== null &&
    current.email !== null &&
    emailKey(current.username) === emailKey(current.email) &&
    changed(ctx, 'email')
  ) {
    // Still the default: the username follows the email "until/unless replaced" (edit-user.txt).
    next.username = next.email ?? current.username;
  }
  if (next.username === null && ctx.status !== 'Prospect')
    fail(ctx, 'username', USERNAME_REQUIRED_MESSAGE);
}

/** Applies the username default, and checks that email and username are present and free. */
export function accountIdentityRule(ctx: RuleContext) {
  const { next } = ctx;
  const emailRequired = ctx.mode === 'create' || ctx.status !== 'Prospect';
  if (next.email === null && emailRequired && !ctx.locked.has('email') && !ctx.errors.email)
    fail(ctx, 'email', enterMessage(ctx, 'email address'));
  chooseUsername(ctx);

  if (
    next.email !== null &&
    !ctx.errors.email &&
    (ctx.mode === 'create' || changed(ctx, 'email'))
  ) {
    const found = holderOf(ctx, next.email);
    if (found) {
      ctx.conflicts.add('email');
      fail(
        ctx,
        'email',
        ctx.source === 'self-registration'
          ? SELF_EMAIL_TAKEN_MESSAGE
          : emailTakenMessage(next.email, describe(found)),
      );
    }
  }
  const sameAsEmail =
    next.username !== null &&
    next.email !== null &&
    emailKey(next.username) === emailKey(next.email);
  if (
    next.username !== null &&
    !ctx.errors.username &&
    !(sameAsEmail && ctx.errors.email) &&
    (ctx.mode === 'create' || changed(ctx, 'username'))
  ) {
    if (holderOf(ctx, next.username)) {
      ctx.conflicts.add('username');
      fail(ctx, 'username', usernameTakenMessage(next.username));
    }
  }
}

/**
 * Activation through the emailed link: the token must be unused, unexpired and the newest for
 * the user; the person sets a password (and may change the username) and becomes a FullUser.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users, userTokens } from '../../db/schema.js';
import { hiddenCharacterProblem } from '../../domain/hidden-characters.js';
import { checkPassword } from '../../domain/password-policy.js';
import { AppError, invalid } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { hashPassword } from '../../platform/passwords.js';
import { sha256 } from '../../platform/tokens.js';
import { stateOf, writeOwnAccount } from '../learners/write-own-account.js';
import { moveStatus } from '../users/move-status.js';

export const USERNAME_TAKEN_MESSAGE = 'That username is already taken. Choose another.';

const badLink = () =>
  new AppError(
    'invalid_token',
    'This activation link is not valid any more: it may have been used, replaced by a newer email, or expired. Ask your training provider to send a new one.',
    422,
    { token: 'This activation link is not valid any more.' },
  );

async function findToken(tx: Db, token: string) {
  const [row] = await tx
    .select({ tokenId: userTokens.id, user: users })
    .from(userTokens)
    .innerJoin(users, and(eq(users.id, userTokens.userId), eq(users.tenantId, userTokens.tenantId)))
    .where(
      and(
        eq(userTokens.tokenHash, sha256(token)),
        eq(userTokens.purpose, 'activation'),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
      ),
    );
  if (row?.user.subscriptionStatus !== 'Invited') throw badLink();
  return row;
}

/** What the activation page shows before the person sets a password. */
export async function previewActivation(db: Db, token: string) {
  const { user } = await findToken(db, token);
  const [tenant] = await db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, user.tenantId));
  return {
    firstName: user.firstName,
    username: user.username ?? user.email ?? '',
    tenant: tenant?.slug ?? '',
  };
}

export async function activateAccount(
  db: Db,
  input: { token: string; username?: string; password: string; ip: string | null },
) {
  const passwordHash = await hashPassword(input.password);
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const { tokenId, user } = await findToken(tx, input.token);
      const username = input.username?.trim() || user.username || user.email || '';
      const hidden = hiddenCharacterProblem(username, 'username');
      if (hidden) throw invalid({ username: hidden });
      const problem = checkPassword(input.password, { username, email: user.email });
      if (problem) throw invalid({ password: problem });
      const status = moveStatus(user.subscriptionStatus, 'activate');
      const claimed = await tx
        .update(userTokens)
        .set({ usedAt: new Date() })
        .where(and(eq(userTokens.id, tokenId), isNull(userTokens.usedAt)))
        .returning({ id: userTokens.id });
      if (claimed.length === 0) throw badLink();
      // The username chosen is checked by the learner write service's identity rule (one
      // namespace for emails and usernames: another account's email is as taken as its
      // username, or signing in with it would find that account, issue 9), and the account is
      // written by it. Employer users activate the same way: only sign-in fields change.
      const now = new Date();
      const result = await writeOwnAccount(
        tx,
        { source: 'activation', tenantId: user.tenantId },
        {
          mode: 'update',
          userId: user.id,
          version: user.version,
          status,
          current: stateOf(user, []),
          input: { username },
          system: {
            passwordHash,
            subscriptionStatus: status,
            activatedAt: now,
            failedSignIns: 0,
            lockedAt: null,
            updatedAt: now,
          },
          audit: {
            action: 'account_activated',
            before: { subscriptionStatus: user.subscriptionStatus, username: user.username },
            after: { subscriptionStatus: status, username },
          },
        },
        { ip: input.ip },
      );
      if (!result.ok) {
        if (result.conflicts.includes('username'))
          throw new AppError('username_taken', USERNAME_TAKEN_MESSAGE, 422, {
            username: result.fields.username ?? USERNAME_TAKEN_MESSAGE,
          });
        throw result.error;
      }
      return { username: result.user?.username ?? username };
    }),
  );
}

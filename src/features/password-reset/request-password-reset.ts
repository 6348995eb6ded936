/**
 * "Forgot your password?": the person names their organisation and username (or email). The
 * answer is the same whether or not the account exists, signs in with a password, or has an
 * email address; only an account that could sign in with a password gets a link.
 */
import type { Db } from '../../db/client.js';
import { canSignIn } from '../../domain/subscription.js';
import { findAccountBySignInName } from '../identity/find-account-by-sign-in-name.js';
import { sendPasswordReset } from './send-password-reset.js';

export async function requestPasswordReset(
  db: Db,
  input: { tenant: string; username: string; ip: string | null },
  publicUrl: string,
) {
  await db.transaction(async (tx) => {
    const row = await findAccountBySignInName(tx, input);
    const email = row?.user.email;
    if (!row || !email || !canSignIn(row.user.subscriptionStatus)) return;
    if (row.user.authenticationType !== 'password') return;
    await sendPasswordReset(
      tx,
      { ...row.user, email },
      { organisation: row.organisation, publicUrl, actorId: null, ip: input.ip },
    );
  });
}

/**
 * A locked person asks for an unlock link by organisation and username (or email). The answer
 * never says whether the account exists or is locked. Only a locked account that could
 * otherwise sign in, and has an email address, gets a link: single-use, expiring, stored
 * hashed; the user row is locked FOR UPDATE so a newer link always replaces the older one.
 */
import type { Db } from '../../db/client.js';
import { isLockActive } from '../../domain/account-access.js';
import { canSignIn } from '../../domain/subscription.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { issueUserToken } from '../../platform/user-tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { findAccountBySignInName } from '../identity/find-account-by-sign-in-name.js';
import { unlockEmail } from './unlock-email.js';

export const UNLOCK_LINK_MINUTES = 60;

export interface UnlockLinkRequest {
  tenant: string;
  username: string;
  ip: string | null;
}

export async function requestUnlockLink(db: Db, input: UnlockLinkRequest, publicUrl: string) {
  await db.transaction(async (tx) => {
    const row = await findAccountBySignInName(tx, input);
    const email = row?.user.email;
    if (!row || !email || !canSignIn(row.user.subscriptionStatus)) return;
    if (!isLockActive(row.user.lockedAt, row.autoUnlock, new Date())) return;
    const { user } = row;
    const token = await issueUserToken(tx, user, 'unlock', UNLOCK_LINK_MINUTES * 60_000);
    const mail = unlockEmail({
      firstName: user.firstName,
      organisation: row.organisation,
      link: `${publicUrl}/unlock?token=${encodeURIComponent(token)}`,
      expiresMinutes: UNLOCK_LINK_MINUTES,
    });
    const outboxId = await enqueueMail(tx, {
      tenantId: user.tenantId,
      userId: user.id,
      to: email,
      ...mail,
    });
    await recordAudit(tx, {
      tenantId: user.tenantId,
      actorId: null,
      action: 'unlock_link_sent',
      entityType: 'user',
      entityId: user.id,
      after: { outboxId },
      ip: input.ip,
    });
  });
}

/**
 * What "why can't they sign in" needs beyond the user row, loaded for one user: the tenant's
 * automatic unlock and the delivery of the latest invitation (found through its audit entry,
 * which names the outbox message).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, outbox, tenants } from '../../db/schema.js';
import type { SignInFacts } from '../../domain/sign-in-blocked.js';

export type SignInContext = Pick<SignInFacts, 'autoUnlockMinutes' | 'invitation'>;

export async function loadSignInContext(
  db: Db,
  user: { id: number; tenantId: number; subscriptionStatus: string },
): Promise<SignInContext> {
  const [tenant] = await db
    .select({ autoUnlockMinutes: tenants.autoUnlockMinutes })
    .from(tenants)
    .where(eq(tenants.id, user.tenantId));
  const context: SignInContext = {
    autoUnlockMinutes: tenant?.autoUnlockMinutes ?? null,
    invitation: null,
  };
  if (user.subscriptionStatus !== 'Invited') return context;
  const [sent] = await db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, user.tenantId),
        eq(auditLog.entityType, 'user'),
        eq(auditLog.entityId, String(user.id)),
        eq(auditLog.action, 'invitation_sent'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const outboxId = Number((sent?.after as { outboxId?: unknown } | null)?.outboxId);
  if (!Number.isInteger(outboxId)) return context;
  const [mail] = await db
    .select({ status: outbox.status, sentAt: outbox.sentAt, error: outbox.lastError })
    .from(outbox)
    .where(and(eq(outbox.id, outboxId), eq(outbox.tenantId, user.tenantId)));
  return mail ? { ...context, invitation: mail } : context;
}

/**
 * Who holds an email or username in a tenant. Email and username share one namespace per
 * tenant, without regard to case (DOMAIN.md): the database holds the rule (identity_keys, fed
 * by a trigger on users), and this is the one way to ask it before writing.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityKeys } from '../../db/schema.js';
import { emailKey } from '../../domain/email.js';

/** The id of the account holding `value` as its email or username, other than `exceptUserId`. */
export async function findIdentityHolder(
  db: Db,
  tenantId: number,
  value: string,
  exceptUserId?: number,
): Promise<number | null> {
  const [row] = await db
    .select({ userId: identityKeys.userId })
    .from(identityKeys)
    .where(
      and(
        eq(identityKeys.tenantId, tenantId),
        eq(identityKeys.key, emailKey(value)),
        exceptUserId === undefined ? undefined : ne(identityKeys.userId, exceptUserId),
      ),
    );
  return row?.userId ?? null;
}

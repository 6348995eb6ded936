/**
 * The account a person names when signed out (organisation slug and username or email), found
 * through the one namespace of sign-in names (identity_keys), locked FOR UPDATE so that of two
 * requests at once the later one sees the earlier one's writes.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityKeys, tenants, users } from '../../db/schema.js';
import { emailKey } from '../../domain/email.js';

export async function findAccountBySignInName(tx: Db, input: { tenant: string; username: string }) {
  const [row] = await tx
    .select({ user: users, organisation: tenants.name, autoUnlock: tenants.autoUnlockMinutes })
    .from(identityKeys)
    .innerJoin(tenants, eq(tenants.id, identityKeys.tenantId))
    .innerJoin(
      users,
      and(eq(users.id, identityKeys.userId), eq(users.tenantId, identityKeys.tenantId)),
    )
    .where(
      and(
        eq(tenants.slug, input.tenant.trim().toLowerCase()),
        eq(identityKeys.key, emailKey(input.username)),
      ),
    )
    .for('update', { of: users });
  return row ?? null;
}

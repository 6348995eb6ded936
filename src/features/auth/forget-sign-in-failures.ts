/**
 * Forgetting failed sign-ins at names no account holds (sign_in_failures), run by the worker's
 * periodic sweep so the table does not grow with every name ever sprayed. Only rows whose
 * going changes nothing an attacker could tell from a real account's counter go:
 * - a lock the tenant's automatic unlock has already lifted in effect (the next sign-in would
 *   lift it and zero the count, lockout.ts), and a count already back at zero;
 * - a count below the lock, untouched for `idleDays`: a real account's count goes back to zero
 *   whenever its owner signs in, which no one else sees, so an unknown name's doing the same
 *   after a long quiet spell tells nothing.
 * A name locked in a tenant without automatic unlock stays locked, as an account would.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

export const SIGN_IN_FAILURE_IDLE_DAYS = 30;

/** Deletes the rows described above; answers how many went. */
export async function forgetSignInFailures(db: Db, idleDays = SIGN_IN_FAILURE_IDLE_DAYS) {
  const result: unknown = await db.execute(sql`
    delete from sign_in_failures f
    using tenants t
    where t.id = f.tenant_id
      and (
        (f.locked_at is null and f.failed_sign_ins = 0)
        or (f.locked_at is null and f.updated_at < now() - make_interval(days => ${idleDays}))
        or (f.locked_at is not null and t.auto_unlock_minutes is not null
            and f.locked_at <= now() - make_interval(mins => t.auto_unlock_minutes))
      )
    returning f.name`);
  // Both drivers answer `execute` with { rows }; the Db type leaves the result opaque.
  return (result as { rows: unknown[] }).rows.length;
}

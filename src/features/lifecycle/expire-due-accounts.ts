/**
 * The expiry sweep: every account whose subscription end date has passed (in its tenant's time
 * zone) becomes Expired, whatever its status (the FAQ), except Archived, which the state machine
 * keeps. One statement per batch moves the rows, ends their sessions and writes their audit
 * entries together; rows are taken FOR UPDATE SKIP LOCKED, so several workers sweeping at once
 * share the work and expire each account exactly once.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { SUBSCRIPTION_STATUSES } from '../../db/schema.js';
import { canTransition } from '../../domain/subscription.js';

const BATCH = 2000;

/** The statuses an end date moves to Expired: those the state machine lets expire, but Expired. */
export const EXPIRING_STATUSES = SUBSCRIPTION_STATUSES.filter(
  (status) => status !== 'Expired' && canTransition(status, 'expire'),
);

async function expireBatch(db: Db): Promise<number> {
  const statuses = sql.join(
    EXPIRING_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with due as (
      select u.id, u.tenant_id, u.subscription_status as before, u.subscription_ends_on as ends_on
      from users u join tenants t on t.id = u.tenant_id
      where u.subscription_ends_on < (now() at time zone t.time_zone)::date
        and u.subscription_status in (${statuses})
      order by u.id
      limit ${BATCH}
      for update of u skip locked
    ), moved as (
      update users u
      set subscription_status = 'Expired', version = u.version + 1, updated_at = now()
      from due where u.id = due.id and u.tenant_id = due.tenant_id
      returning u.id, u.tenant_id, due.before, due.ends_on
    ), ended as (
      delete from sessions s using moved where s.user_id = moved.id and s.tenant_id = moved.tenant_id
    )
    insert into audit_log (tenant_id, actor_id, action, entity_type, entity_id, before, after)
    select tenant_id, null, 'user_expire', 'user', id::text,
      jsonb_build_object('subscriptionStatus', before),
      jsonb_build_object('subscriptionStatus', 'Expired', 'reason', 'end_date_passed', 'subscriptionEndsOn', ends_on)
    from moved
    returning 1`);
  return (result as { rows?: unknown[] }).rows?.length ?? 0;
}

/** Expires every account past its end date; answers how many this call expired. */
export async function expireDueAccounts(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await expireBatch(db);
    total += done;
    if (done < BATCH) return total;
  }
}

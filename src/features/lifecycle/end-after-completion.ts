/**
 * Access after completion (the FAQ's "how long after completing do they keep access"): a learner
 * who has completed — a Completed funding episode with its day, and no funded episode still in
 * progress — and has no end date gets one: the latest completion day plus the tenant's
 * `accessAfterCompletionDays`. The account then shows in Due to expire, where an administrator
 * can extend it, and the expiry sweep expires it when the day passes. An end date already set
 * (by an administrator, an import or a bulk action) is never changed.
 *
 * One statement per batch sets the dates and writes their audit entries; rows are taken FOR
 * UPDATE SKIP LOCKED, so several workers sweeping at once set each end date once.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

const BATCH = 2000;

async function endBatch(db: Db): Promise<number> {
  const result = await db.execute(sql`
    with completed as (
      select u.id, u.tenant_id,
        (max(f.completed_on) + t.access_after_completion_days)::date as ends_on
      from users u
      join tenants t on t.id = u.tenant_id
      join funding_episodes f on f.learner_id = u.id and f.tenant_id = u.tenant_id
      where u.type = 'learner'
        and u.subscription_ends_on is null
        and u.subscription_status not in ('Expired', 'Archived')
        and t.access_after_completion_days is not null
      group by u.id, u.tenant_id, t.access_after_completion_days
      having bool_or(f.status = 'Completed' and f.completed_on is not null)
        and not bool_or(f.status in ('Draft', 'Submitted', 'QA Verified') and not f.unfunded)
      order by u.id
      limit ${BATCH}
    ), due as (
      select u.id, u.tenant_id, completed.ends_on
      from users u join completed on completed.id = u.id and completed.tenant_id = u.tenant_id
      where u.subscription_ends_on is null
      for update of u skip locked
    ), set_end as (
      update users u
      set subscription_ends_on = due.ends_on, version = u.version + 1, updated_at = now()
      from due where u.id = due.id and u.tenant_id = due.tenant_id
      returning u.id, u.tenant_id, due.ends_on
    )
    insert into audit_log (tenant_id, actor_id, action, entity_type, entity_id, before, after)
    select tenant_id, null, 'user_updated', 'user', id::text,
      jsonb_build_object('subscriptionEndsOn', null),
      jsonb_build_object('subscriptionEndsOn', ends_on, 'reason', 'access_after_completion')
    from set_end
    returning 1`);
  return (result as { rows?: unknown[] }).rows?.length ?? 0;
}

/** Gives completed learners without an end date theirs; answers how many it gave. */
export async function endAccessAfterCompletion(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await endBatch(db);
    total += done;
    if (done < BATCH) return total;
  }
}

/**
 * Numbers learners from their programme's reference template ("APPR-" and 4 digits gives
 * "APPR-2256") once their rows are valid, inside the write's transaction. One advisory lock and
 * one query per template, however many rows it numbers: the lock keeps two writes from taking
 * the same number, and rows of the batch number on from the highest already used.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { users } from '../../../db/schema.js';
import type { RuleContext } from '../rules/context.js';
import { type ReferenceTemplate, templateToApply } from '../rules/reference-number.js';

async function highestUsed(tx: Db, tenantId: number, { prefix, digits }: ReferenceTemplate) {
  await tx.execute(sql`select pg_advisory_xact_lock(${tenantId}, hashtext(${prefix}))`);
  const start = prefix.length + 1;
  const [row] = await tx
    .select({
      highest: sql<string | null>`max(substr(${users.referenceNumber}, ${start})::numeric)::text`,
    })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        sql`left(${users.referenceNumber}, ${prefix.length}) = ${prefix}`,
        sql`length(${users.referenceNumber}) = ${prefix.length + digits}`,
        sql`substr(${users.referenceNumber}, ${start}) ~ '^[0-9]+$'`,
      ),
    );
  return BigInt(row?.highest ?? '0');
}

/** The number a reference of the template carries, or null when it does not fit the template. */
function numberIn(reference: string | null, { prefix, digits }: ReferenceTemplate) {
  if (reference === null || reference.length !== prefix.length + digits) return null;
  if (!reference.startsWith(prefix)) return null;
  const rest = reference.slice(prefix.length);
  return /^[0-9]+$/.test(rest) ? BigInt(rest) : null;
}

/** Gives each valid row its template's next reference number where `templateToApply` says so. */
export async function numberReferences(tx: Db, tenantId: number, rows: readonly RuleContext[]) {
  const byTemplate = new Map<string, { template: ReferenceTemplate; rows: RuleContext[] }>();
  for (const ctx of rows) {
    const template = templateToApply(ctx);
    if (!template) continue;
    const key = JSON.stringify(template);
    const entry = byTemplate.get(key) ?? { template, rows: [] };
    entry.rows.push(ctx);
    byTemplate.set(key, entry);
  }
  for (const { template, rows: numbered } of byTemplate.values()) {
    let next = await highestUsed(tx, tenantId, template);
    for (const ctx of rows) {
      const typed = numberIn(ctx.next.referenceNumber, template);
      if (typed !== null && typed > next) next = typed;
    }
    for (const ctx of numbered) {
      next += 1n;
      ctx.next.referenceNumber = `${template.prefix}${next.toString().padStart(template.digits, '0')}`;
    }
  }
}

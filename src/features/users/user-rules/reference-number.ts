/**
 * Reference number: free text of at most 255 characters, unless the learner's programme has a
 * reference template (prefix + number of digits, e.g. "APPR-" and 4). The seed regenerates a
 * non-matching number when the programme is saved; Roster has no programme builder yet, so it
 * applies the template when the number is decided: on creation, whenever a save sends a
 * reference number, and when the learner has none. A number that does not match ("ABC01") is replaced by the prefix and the
 * next free number of the template, zero-padded ("APPR-2256"); a matching one is kept.
 */
import { and, eq, sql } from 'drizzle-orm';
import { users } from '../../../db/schema.js';
import { clean, fail, type ProgrammeRow, type RuleContext } from './context.js';

export const REFERENCE_NUMBER_MAX = 255;

export interface ReferenceTemplate {
  prefix: string;
  digits: number;
}

/** The programme's template, or null when it has none. */
export function referenceTemplate(programme: ProgrammeRow | null): ReferenceTemplate | null {
  const digits = programme?.referenceDigits ?? 0;
  if (!programme || digits < 1) return null;
  return { prefix: programme.referencePrefix ?? '', digits };
}

export function matchesTemplate(value: string | null, template: ReferenceTemplate) {
  if (value === null || !value.startsWith(template.prefix)) return false;
  const number = value.slice(template.prefix.length);
  return number.length === template.digits && /^[0-9]+$/.test(number);
}

/** Reads and checks the reference number of the request. */
export function referenceNumberRule(ctx: RuleContext) {
  const value = ctx.input.referenceNumber;
  if (value === undefined) return;
  const reference = clean(value);
  if (reference !== null && reference.length > REFERENCE_NUMBER_MAX)
    return fail(
      ctx,
      'referenceNumber',
      `The reference number can be at most ${REFERENCE_NUMBER_MAX} characters long.`,
    );
  ctx.next.referenceNumber = reference;
}

/**
 * Replaces a reference number that does not match the programme's template. Runs once the
 * request is valid, inside its transaction; an advisory lock per tenant and prefix keeps two
 * saves from taking the same number.
 */
export async function applyReferenceTemplate(ctx: RuleContext) {
  const template = referenceTemplate(ctx.programme);
  if (!template) return;
  const decided = ctx.mode === 'create' || ctx.input.referenceNumber !== undefined;
  if (!decided && ctx.next.referenceNumber !== null) return;
  if (matchesTemplate(ctx.next.referenceNumber, template)) return;
  const { prefix, digits } = template;
  await ctx.tx.execute(
    sql`select pg_advisory_xact_lock(${ctx.actor.tenantId}, hashtext(${prefix}))`,
  );
  const start = prefix.length + 1;
  const [row] = await ctx.tx
    .select({
      highest: sql<string | null>`max(substr(${users.referenceNumber}, ${start})::numeric)::text`,
    })
    .from(users)
    .where(
      and(
        eq(users.tenantId, ctx.actor.tenantId),
        sql`left(${users.referenceNumber}, ${prefix.length}) = ${prefix}`,
        sql`length(${users.referenceNumber}) = ${prefix.length + digits}`,
        sql`substr(${users.referenceNumber}, ${start}) ~ '^[0-9]+$'`,
      ),
    );
  const next = BigInt(row?.highest ?? '0') + 1n;
  ctx.next.referenceNumber = `${prefix}${next.toString().padStart(digits, '0')}`;
}

/**
 * The subscription end date: a real date, ISO or dd/mm/yyyy, and — when it is set or changed —
 * not in the past, since the expiry sweep would end the account at once. Clearing it means the
 * subscription does not end by date.
 */
import {
  INVALID_DATE_MESSAGE,
  isIsoDate,
  isoDateInZone,
  parseUkDate,
} from '../../../domain/dates.js';
import { clean, fail, type RuleContext } from './context.js';

export const END_DATE_PASSED_MESSAGE =
  'That end date has passed: choose today or a later date, or leave it empty.';

export function subscriptionEndRule(ctx: RuleContext) {
  const value = ctx.input.subscriptionEndsOn;
  if (value === undefined) return;
  const typed = clean(value);
  if (typed === null) {
    ctx.next.subscriptionEndsOn = null;
    return;
  }
  const iso = isIsoDate(typed) ? typed : parseUkDate(typed);
  if (iso === null) return fail(ctx, 'subscriptionEndsOn', INVALID_DATE_MESSAGE);
  if (iso !== ctx.current.subscriptionEndsOn && iso < isoDateInZone(new Date(), ctx.timeZone))
    return fail(ctx, 'subscriptionEndsOn', END_DATE_PASSED_MESSAGE);
  ctx.next.subscriptionEndsOn = iso;
}

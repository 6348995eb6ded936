/**
 * Refuses a save that would change a field the funding (ILR) lock keeps. Sending the stored
 * value back is fine (the form sends every field), even when it is not in today's format.
 */
import { fundingLockedError, LOCKED_FIELDS, type LockedField } from '../../funding/funding-lock.js';
import { changed, clean, type RuleContext } from './context.js';

function sent(ctx: RuleContext, locked: LockedField): string | null | undefined {
  const { input } = ctx;
  switch (locked.column) {
    case 'firstName':
    case 'surname':
    case 'email':
    case 'mobile':
    case 'dateOfBirth':
      return input[locked.column];
    default:
      return input.address === null ? null : input.address?.[locked.column];
  }
}

/** Throws funding_locked, naming the fields, when a locked field would change. */
export function fundingLockRule(ctx: RuleContext) {
  if (ctx.locked.size === 0) return;
  const violations: LockedField[] = [];
  for (const locked of LOCKED_FIELDS) {
    const value = sent(ctx, locked);
    if (value === undefined) continue;
    const unchanged =
      clean(value) === ctx.current[locked.column] ||
      (!ctx.errors[locked.field] && !changed(ctx, locked.column));
    if (unchanged) {
      delete ctx.errors[locked.field];
      Object.assign(ctx.next, { [locked.column]: ctx.current[locked.column] });
    } else {
      violations.push(locked);
    }
  }
  if (violations.length > 0) throw fundingLockedError(violations);
}

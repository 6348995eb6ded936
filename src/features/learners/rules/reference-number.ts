/**
 * Reference number: free text of at most 255 characters. A programme may carry a reference
 * template (prefix + number of digits, e.g. "APPR-" and 4). The template applies when the
 * programme is set or changed, not on every save: a learner who then has no reference number
 * gets the prefix and the next free number of the template, zero-padded ("APPR-2256"). A number
 * typed by hand, now or before, is never replaced (issue 7 tightens edit-user.txt, whose
 * programme builder overwrites non-matching numbers; Roster has no programme builder).
 */
import { changed, clean, fail, type ProgrammeRow, type RuleContext } from './context.js';

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
 * The template that numbers the learner in this save: only when the programme is set or
 * changed and the learner is left with no reference number.
 */
export function templateToApply(ctx: RuleContext): ReferenceTemplate | null {
  const template = referenceTemplate(ctx.programme);
  const programmeSet =
    ctx.next.programmeId !== null && (ctx.mode === 'create' || changed(ctx, 'programmeId'));
  if (!template || !programmeSet || ctx.next.referenceNumber !== null) return null;
  return template;
}

/**
 * Programme-related fields: the programme applied on creation (application or delivery,
 * offered by the chosen groups), the target programme (a delivery programme of the groups),
 * minimum rate of pay, advice packs (only where the programme has advice switched on) and the
 * custom fields the programme defines.
 */
import { checkCustomValue } from '../../../domain/programme-config.js';
import { changed, clean, fail, type RuleContext, sortedFields } from './context.js';
import { isProgrammeOffered } from './link-candidates.js';

export const MIN_RATES_OF_PAY = [
  'National Minimum Wage',
  'National Apprenticeship Wage',
  'National Living Wage',
] as const;

const offered = (ctx: RuleContext, id: number, types: ('application' | 'delivery')[]) =>
  isProgrammeOffered(ctx.world, ctx.next.groupIds, types, id);

function setProgramme(ctx: RuleContext) {
  const value = ctx.input.programmeId;
  if (value === undefined) return;
  if (ctx.mode === 'update') {
    if (value !== ctx.current.programmeId)
      fail(
        ctx,
        'programmeId',
        'The programme is applied when the learner is created; it cannot be changed on this form.',
      );
    return;
  }
  if (value !== null && !ctx.errors.groupIds && !offered(ctx, value, ['application', 'delivery']))
    return fail(ctx, 'programmeId', "Choose a programme offered by the learner's groups.");
  ctx.next.programmeId = value;
}

function setTargetProgramme(ctx: RuleContext) {
  if (ctx.errors.groupIds) return;
  const value = ctx.input.targetProgrammeId;
  if (value === undefined) {
    const kept = ctx.next.targetProgrammeId;
    if (kept !== null && changed(ctx, 'groupIds') && !offered(ctx, kept, ['delivery']))
      ctx.next.targetProgrammeId = null;
    return;
  }
  if (value !== null && !offered(ctx, value, ['delivery']))
    return fail(
      ctx,
      'targetProgrammeId',
      "Choose a delivery programme offered by the learner's groups.",
    );
  ctx.next.targetProgrammeId = value;
}

function setMinRateOfPay(ctx: RuleContext) {
  const value = ctx.input.minRateOfPay;
  if (value === undefined) return;
  const rate = clean(value);
  const known = MIN_RATES_OF_PAY.find((option) => option.toLowerCase() === rate?.toLowerCase());
  if (rate !== null && !known)
    return fail(ctx, 'minRateOfPay', `Choose one of: ${MIN_RATES_OF_PAY.join(', ')}.`);
  ctx.next.minRateOfPay = known ?? null;
}

/**
 * "Default" follows the programme's default pack (so nothing is stored for the pack);
 * "Individual" keeps the chosen pack whatever the programme says.
 */
function setAdvicePacks(ctx: RuleContext) {
  const { input, current, next } = ctx;
  const sent = input.advicePackMode !== undefined || input.advicePack !== undefined;
  if (!ctx.programme?.advicePacks.length) {
    const asked =
      (input.advicePackMode ?? current.advicePackMode) !== current.advicePackMode ||
      (input.advicePack ?? current.advicePack) !== current.advicePack;
    if (sent && asked)
      fail(ctx, 'advicePackMode', "Advice packs are not switched on in the learner's programme.");
    return;
  }
  const mode =
    (input.advicePackMode === undefined ? current.advicePackMode : input.advicePackMode) ??
    'default';
  next.advicePackMode = mode;
  if (mode === 'default') {
    next.advicePack = null;
    return;
  }
  const pack = input.advicePack === undefined ? current.advicePack : input.advicePack;
  if (pack === null)
    return fail(ctx, 'advicePack', 'Choose the Standard or the Professional advice pack.');
  next.advicePack = pack;
}

/**
 * Values of the programme's custom fields, by key: text, a date or one of the options. A
 * mandatory field must have a value when the learner is created by hand or when the request
 * carries the custom fields (Add user and Edit User always do): the seed checks them on
 * submitting the form. A save that leaves them alone (a bulk action, a status change, a file
 * row, which has no such columns) is not refused for a field the programme made mandatory after
 * the learner was saved. Values of fields the programme no longer has are kept, never asked for.
 */
function setCustomFields(ctx: RuleContext) {
  const definitions = ctx.programme?.customFields ?? [];
  const values = { ...ctx.current.customFields };
  for (const [key, value] of Object.entries(ctx.input.customFields ?? {})) {
    const definition = definitions.find((d) => d.key === key);
    if (!definition) {
      fail(
        ctx,
        `customFields.${key}`,
        "This field is not one of the custom fields of the learner's programme.",
      );
      continue;
    }
    const text = clean(value);
    if (text === null) {
      delete values[key];
      continue;
    }
    const checked = checkCustomValue(definition, text);
    if ('problem' in checked) fail(ctx, `customFields.${key}`, checked.problem);
    else values[key] = checked.value;
  }
  const asked = ctx.input.customFields !== undefined || (ctx.mode === 'create' && !ctx.fromFile);
  for (const definition of asked ? definitions : []) {
    if (definition.mandatory && !values[definition.key])
      fail(ctx, `customFields.${definition.key}`, `${definition.label} is required.`);
  }
  ctx.next.customFields = sortedFields(values);
}

/** Applies and checks the programme fields; leaves the learner's programme in ctx.programme. */
export function programmeRule(ctx: RuleContext) {
  setProgramme(ctx);
  setTargetProgramme(ctx);
  setMinRateOfPay(ctx);
  const programmeId = ctx.next.programmeId;
  if (programmeId !== null) {
    ctx.programme = ctx.world.programmes.get(programmeId)?.row ?? null;
  }
  setAdvicePacks(ctx);
  setCustomFields(ctx);
}

/**
 * The content rules of a programme's configuration, shared by create and update: a name, groups
 * within the administrator's access, a valid reference template, advice packs with a default
 * among them, and custom fields with names, kinds and (for choices) options. Every problem is
 * gathered, keyed by the request's field names (`customFields.0.label`), and thrown at once.
 */
import {
  type AdvicePack,
  type CustomFieldDefinition,
  customFieldKey,
  referenceTemplateProblems,
} from '../../domain/programme-config.js';
import { clean } from '../../domain/text.js';
import type { AdminActor } from '../../platform/actor.js';
import { invalid } from '../../platform/errors.js';
import type { ProgrammeRow } from './programme-offers.js';
import type { TCreateProgrammeRequest, TCustomFieldInput } from './programmes.schema.js';

/** A programme as it would be saved. */
export type ProgrammeDraft = {
  name: string;
  type: ProgrammeRow['type'];
  groupIds: number[];
  referencePrefix: string | null;
  referenceDigits: number | null;
  advicePacks: AdvicePack[];
  defaultAdvicePack: AdvicePack | null;
  customFields: CustomFieldDefinition[];
};

const NAME_MAX = 200;

function checkCustomFields(
  inputs: readonly TCustomFieldInput[],
  existing: readonly CustomFieldDefinition[],
  errors: Record<string, string>,
): CustomFieldDefinition[] {
  const known = new Set(existing.map((field) => field.key));
  const taken = new Set<string>();
  const labels = new Set<string>();
  const fields: CustomFieldDefinition[] = [];
  inputs.forEach((input, index) => {
    const at = `customFields.${index}`;
    const label = clean(input.label);
    if (label === null) errors[`${at}.label`] = 'Enter the field name.';
    else if (labels.has(label.toLowerCase()))
      errors[`${at}.label`] = `Another field is already called '${label}'.`;
    if (label) labels.add(label.toLowerCase());
    if (input.key !== undefined && (!known.has(input.key) || taken.has(input.key)))
      errors[`${at}.key`] =
        'This is not a field of the programme: leave the key out for a new one.';
    if (input.key !== undefined) taken.add(input.key);
    const options = [...new Set((input.options ?? []).map((o) => o.trim()).filter(Boolean))];
    if (input.kind === 'choice' && options.length === 0)
      errors[`${at}.options`] = 'Give a choice field at least one option.';
    fields.push({
      key: input.key ?? '',
      label: label ?? '',
      kind: input.kind,
      options: input.kind === 'choice' ? options : [],
      mandatory: input.mandatory ?? false,
    });
  });
  for (const field of fields) {
    if (field.key !== '') continue;
    field.key = customFieldKey(field.label, new Set([...known, ...taken]));
    taken.add(field.key);
  }
  return fields;
}

function checkAdvice(
  packs: readonly AdvicePack[],
  chosenDefault: AdvicePack | null,
  errors: Record<string, string>,
) {
  const advicePacks = [...new Set(packs)];
  let defaultAdvicePack = chosenDefault;
  if (advicePacks.length === 1) defaultAdvicePack ??= advicePacks[0] ?? null;
  if (advicePacks.length === 0 && defaultAdvicePack !== null)
    errors.defaultAdvicePack = 'Offer the pack first: the default is one of the programme’s packs.';
  else if (advicePacks.length > 0 && defaultAdvicePack === null)
    errors.defaultAdvicePack = 'Choose which of the programme’s packs is the default.';
  else if (defaultAdvicePack !== null && !advicePacks.includes(defaultAdvicePack))
    errors.defaultAdvicePack = 'The default pack must be one of the programme’s packs.';
  return { advicePacks, defaultAdvicePack };
}

/**
 * The draft `request` makes of `current` (null when creating), checked; throws a 422 naming
 * every field at fault. `accessibleGroupIds` are the actor's groups that exist in the tenant.
 */
export function checkProgramme(
  actor: AdminActor,
  request: Partial<TCreateProgrammeRequest>,
  current: ProgrammeDraft | null,
): ProgrammeDraft {
  const errors: Record<string, string> = {};
  const name = clean(request.name ?? current?.name);
  if (name === null) errors.name = 'Enter the programme name.';
  else if (name.length > NAME_MAX) errors.name = `At most ${NAME_MAX} characters.`;
  const type = request.type ?? current?.type;
  if (!type) errors.type = 'Choose application or delivery.';

  const groupIds = [...new Set(request.groupIds ?? current?.groupIds ?? [])].sort((a, b) => a - b);
  const outside = groupIds.find((id) => !actor.accessibleGroupIds.has(id));
  if (groupIds.length === 0) errors.groupIds = 'Choose at least one group to offer it on.';
  else if (outside !== undefined)
    errors.groupIds = `You cannot offer the programme on the group with ID ${outside}: it is not within your access.`;

  let referencePrefix = current?.referencePrefix ?? null;
  let referenceDigits = current?.referenceDigits ?? null;
  if (request.referenceTemplate !== undefined) {
    const template = request.referenceTemplate;
    referencePrefix = template ? template.prefix.trim() : null;
    referenceDigits = template ? template.digits : null;
    if (template) {
      const problems = referenceTemplateProblems(template.prefix.trim(), template.digits);
      if (problems.prefix) errors['referenceTemplate.prefix'] = problems.prefix;
      if (problems.digits) errors['referenceTemplate.digits'] = problems.digits;
    }
  }

  const packs = request.advicePacks ?? current?.advicePacks ?? [];
  // Left out: the current default, while it is still one of the packs.
  const kept = current?.defaultAdvicePack ?? null;
  const advice = checkAdvice(
    packs,
    request.defaultAdvicePack === undefined
      ? kept !== null && packs.includes(kept)
        ? kept
        : null
      : request.defaultAdvicePack,
    errors,
  );
  const existing = current?.customFields ?? [];
  const customFields =
    request.customFields === undefined
      ? existing
      : checkCustomFields(request.customFields, existing, errors);

  if (Object.keys(errors).length > 0 || name === null || !type) throw invalid(errors);
  return { name, type, groupIds, referencePrefix, referenceDigits, ...advice, customFields };
}

/** The programme dialog's values: read from a programme, and turned into the request. */
import type { CreateProgrammeRequest, CustomFieldKind, Programme } from '../../api/programmes';
import type { AdvicePack } from '../../api/user-types';

export interface CustomFieldValues {
  key?: string;
  label: string;
  kind: CustomFieldKind;
  options?: string[];
  mandatory?: boolean;
}

export interface ProgrammeValues {
  name: string;
  type: CreateProgrammeRequest['type'];
  groupIds: number[];
  numbered: boolean;
  /** Named as the API names it, so its field messages land beside these fields. */
  referenceTemplate: { prefix?: string; digits?: number | null };
  advicePacks: AdvicePack[];
  defaultAdvicePack?: AdvicePack | null;
  customFields: CustomFieldValues[];
}

export const newProgrammeValues: ProgrammeValues = {
  name: '',
  type: 'delivery',
  groupIds: [],
  numbered: false,
  referenceTemplate: { prefix: '', digits: 4 },
  advicePacks: [],
  defaultAdvicePack: null,
  customFields: [],
};

export function toProgrammeValues(programme: Programme): ProgrammeValues {
  return {
    name: programme.name,
    type: programme.type,
    groupIds: programme.groupIds,
    numbered: programme.referenceTemplate !== null,
    referenceTemplate: {
      prefix: programme.referenceTemplate?.prefix ?? '',
      digits: programme.referenceTemplate?.digits ?? 4,
    },
    advicePacks: programme.advicePacks,
    defaultAdvicePack: programme.defaultAdvicePack,
    customFields: programme.customFields.map((field) => ({ ...field })),
  };
}

export function toProgrammeRequest(values: ProgrammeValues): CreateProgrammeRequest {
  const packs = values.advicePacks ?? [];
  return {
    name: values.name.trim(),
    type: values.type,
    groupIds: values.groupIds,
    referenceTemplate: values.numbered
      ? {
          prefix: (values.referenceTemplate?.prefix ?? '').trim(),
          digits: values.referenceTemplate?.digits ?? 0,
        }
      : null,
    advicePacks: packs,
    defaultAdvicePack: packs.length > 0 ? (values.defaultAdvicePack ?? null) : null,
    customFields: (values.customFields ?? []).map((field) => ({
      ...(field.key ? { key: field.key } : {}),
      label: field.label ?? '',
      kind: field.kind,
      options: field.kind === 'choice' ? (field.options ?? []) : [],
      mandatory: field.mandatory ?? false,
    })),
  };
}

/** The first reference a template gives ("APPR-0001"), or '' while it is not usable. */
export function referenceExample(prefix: string | undefined, digits: number | null | undefined) {
  if (!digits || digits < 1 || digits > 12) return '';
  return `${(prefix ?? '').trim()}${'1'.padStart(digits, '0')}`;
}

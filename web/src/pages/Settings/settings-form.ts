/**
 * The settings form holds the same shape the API takes, so a server error named
 * `settings.features.console` lands on the form item named ['settings', 'features', 'console'].
 */
import type { FormInstance } from 'antd';
import {
  type FieldSetting,
  LEARNER_OPTIONAL_FIELDS,
  type LearnerOptionalField,
  type Tenant,
  type TenantFeatures,
  type UpdateTenantRequest,
} from '../../api/tenant';

export interface SettingsValues {
  settings: {
    fields: Partial<Record<LearnerOptionalField, FieldSetting>>;
    features: TenantFeatures;
    samlIdentityProviders: string[];
  };
  lockoutThreshold: number | null;
  /** Empty: automatic unlock is off. */
  autoUnlockMinutes: number | null;
  accessCodeLimit: number | null;
  accessCodeValidityDays: number | null;
  /** Empty: completing gives a learner no end date. */
  accessAfterCompletionDays: number | null;
}

/** Every field gets a setting on screen: the server stores only the ones ever changed. */
export function valuesFrom(tenant: Tenant): SettingsValues {
  const fields: SettingsValues['settings']['fields'] = Object.fromEntries(
    LEARNER_OPTIONAL_FIELDS.map((key) => [key, tenant.settings.fields[key] ?? 'visible']),
  );
  return {
    settings: {
      fields,
      features: { ...tenant.settings.features },
      samlIdentityProviders: [...tenant.settings.samlIdentityProviders],
    },
    lockoutThreshold: tenant.lockoutThreshold,
    autoUnlockMinutes: tenant.autoUnlockMinutes,
    accessCodeLimit: tenant.accessCodeLimit,
    accessCodeValidityDays: tenant.accessCodeValidityDays,
    accessAfterCompletionDays: tenant.accessAfterCompletionDays,
  };
}

/** The PATCH body: settings are replaced as a whole, so all of them are sent. */
export function requestFrom(values: SettingsValues): UpdateTenantRequest {
  return {
    settings: {
      ...values.settings,
      samlIdentityProviders: values.settings.samlIdentityProviders.map((name) => name.trim()),
    },
    lockoutThreshold: values.lockoutThreshold ?? undefined,
    autoUnlockMinutes: values.autoUnlockMinutes ?? null,
    accessCodeLimit: values.accessCodeLimit ?? undefined,
    accessCodeValidityDays: values.accessCodeValidityDays ?? undefined,
    accessAfterCompletionDays: values.accessAfterCompletionDays ?? null,
  };
}

const FEATURES = ['saml', 'console', 'classic', 'multiFactor'] as const;

/** A form item's name, typed against the form's values. */
export type ItemName = Parameters<FormInstance<SettingsValues>['scrollToField']>[0];

const ITEM_NAMES: ItemName[] = [
  'lockoutThreshold',
  'autoUnlockMinutes',
  'accessCodeLimit',
  'accessCodeValidityDays',
  'accessAfterCompletionDays',
  ['settings', 'samlIdentityProviders'],
  ...FEATURES.map((feature): ItemName => ['settings', 'features', feature]),
  ...LEARNER_OPTIONAL_FIELDS.map((key): ItemName => ['settings', 'fields', key]),
];

/** The items that can carry an error, by their name dotted as the server writes it. */
const ITEMS = new Map(ITEM_NAMES.map((name) => [[name].flat().join('.'), name]));

export interface PlacedErrors {
  /** Errors for form items, ready for `form.setFields`. */
  items: { name: ItemName; errors: string[] }[];
  /** Messages that belong to no item on the form. */
  rest: string[];
}

/**
 * Puts each server error on the nearest item: `settings.samlIdentityProviders.1` belongs to
 * the providers box. What matches no item is returned to be shown above the form.
 */
export function placeErrors(fields: Record<string, string>): PlacedErrors {
  const byItem = new Map<ItemName, string[]>();
  const rest: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const parts = key.split('.');
    let name: ItemName | undefined;
    for (let length = parts.length; length > 0 && name === undefined; length--) {
      name = ITEMS.get(parts.slice(0, length).join('.'));
    }
    if (name === undefined) rest.push(message);
    else byItem.set(name, [...(byItem.get(name) ?? []), message]);
  }
  return { items: [...byItem].map(([name, errors]) => ({ name, errors })), rest };
}

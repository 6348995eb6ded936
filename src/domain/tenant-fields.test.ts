import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TENANT_SETTINGS,
  fieldState,
  LEARNER_FIELD_LABELS,
  LEARNER_OPTIONAL_FIELDS,
  ZFieldSetting,
  ZTenantSettings,
} from './tenant-fields.js';

describe('ZTenantSettings', () => {
  it('fills in the defaults for a tenant that has changed nothing', () => {
    expect(DEFAULT_TENANT_SETTINGS).toEqual({
      fields: {},
      features: { saml: false, console: true, classic: true, multiFactor: false },
      samlIdentityProviders: [],
    });
  });

  it('keeps stored settings and defaults the rest', () => {
    const settings = ZTenantSettings.parse({
      fields: { employer: 'mandatory', title: 'hidden' },
      features: { saml: true },
      samlIdentityProviders: [' Entra ID '],
    });
    expect(settings.features).toEqual({
      saml: true,
      console: true,
      classic: true,
      multiFactor: false,
    });
    expect(settings.samlIdentityProviders).toEqual(['Entra ID']);
  });

  it.each([
    ['an unknown field', { fields: { shoeSize: 'visible' } }],
    ['an unknown setting', { fields: { employer: 'required' } }],
    ['console and classic both off', { features: { console: false, classic: false } }],
    ['a blank identity provider', { samlIdentityProviders: ['  '] }],
    ['a repeated identity provider', { samlIdentityProviders: ['Okta', 'Okta'] }],
    ['a feature that is not a boolean', { features: { saml: 'yes' } }],
  ])('refuses %s', (_reason, input) => {
    expect(ZTenantSettings.safeParse(input).success).toBe(false);
  });

  it('explains why console and classic cannot both be off', () => {
    const result = ZTenantSettings.safeParse({ features: { console: false, classic: false } });
    expect(result.error?.issues[0]?.message).toBe(
      'At least one of console and classic access must be switched on.',
    );
  });
});

describe('ZFieldSetting', () => {
  it('accepts the three settings only', () => {
    expect(ZFieldSetting.options).toEqual(['hidden', 'visible', 'mandatory']);
    expect(ZFieldSetting.safeParse('optional').success).toBe(false);
  });
});

describe('fieldState', () => {
  const settings = ZTenantSettings.parse({ fields: { employer: 'mandatory', title: 'hidden' } });

  it('gives the stored setting', () => {
    expect(fieldState(settings, 'employer')).toBe('mandatory');
    expect(fieldState(settings, 'title')).toBe('hidden');
  });

  it('treats a field with no setting as visible', () => {
    expect(fieldState(settings, 'postcode')).toBe('visible');
    expect(fieldState(DEFAULT_TENANT_SETTINGS, 'minRateOfPay')).toBe('visible');
  });
});

describe('LEARNER_FIELD_LABELS', () => {
  it('labels every optional field', () => {
    expect(Object.keys(LEARNER_FIELD_LABELS).sort()).toEqual([...LEARNER_OPTIONAL_FIELDS].sort());
  });
});

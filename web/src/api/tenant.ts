/** The tenant's settings (GET any administrator, PATCH platform support). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: the server module pulls in zod, which the web bundle does without.
import type { TFieldSetting, TLearnerOptionalField } from '../../../src/domain/tenant-fields';
import { api } from './client';

export type LearnerOptionalField = TLearnerOptionalField;
export type FieldSetting = TFieldSetting;

/**
 * The optional learner fields in the order the edit form shows them. The `satisfies` makes the
 * compiler flag a field the server adds or drops, so this copy cannot drift unnoticed.
 */
export const LEARNER_FIELD_LABELS = {
  preferredName: 'Preferred name',
  title: 'Title',
  personalEmail: 'Personal email',
  referrer: 'Referrer',
  referrerAddress: 'Referrer address',
  referrerContact: 'Referrer contact',
  targetProgramme: 'Target programme',
  postcode: 'Postcode',
  line1: 'Address 1',
  line2: 'Address 2',
  town: 'Town/City',
  county: 'County',
  country: 'Country',
  learningProvider: 'Learning provider',
  employer: 'Employer',
  employerAddress: 'Employer address',
  manager: 'Manager',
  mentor: 'Mentor',
  referenceNumber: 'Reference number',
  minRateOfPay: 'Minimum rate of pay',
} as const satisfies Record<LearnerOptionalField, string>;

const isField = (key: string): key is LearnerOptionalField => key in LEARNER_FIELD_LABELS;

export const LEARNER_OPTIONAL_FIELDS: LearnerOptionalField[] =
  Object.keys(LEARNER_FIELD_LABELS).filter(isField);

export interface TenantFeatures {
  saml: boolean;
  console: boolean;
  classic: boolean;
  multiFactor: boolean;
}

export interface TenantSettings {
  fields: Partial<Record<LearnerOptionalField, FieldSetting>>;
  features: TenantFeatures;
  samlIdentityProviders: string[];
}

export interface Tenant {
  slug: string;
  name: string;
  settings: TenantSettings;
  lockoutThreshold: number;
  accessCodeLimit: number;
  accessCodesIssued: number;
  accessCodeValidityDays: number;
  timeZone: string;
}

export interface UpdateTenantRequest {
  name?: string;
  settings?: TenantSettings;
  lockoutThreshold?: number;
  accessCodeLimit?: number;
  accessCodeValidityDays?: number;
}

export const tenantKey = ['tenant'] as const;

export function useTenant() {
  return useQuery({ queryKey: tenantKey, queryFn: () => api<Tenant>('GET', '/tenant') });
}

export function useUpdateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateTenantRequest) => api<Tenant>('PATCH', '/tenant', request),
    onSuccess: (tenant) => queryClient.setQueryData(tenantKey, tenant),
  });
}

/** The tenant's settings (GET any administrator, PATCH platform support). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type FIELD_SETTINGS,
  LEARNER_FIELD_LABELS,
  LEARNER_OPTIONAL_FIELDS,
  type TLearnerOptionalField,
} from '../../../src/domain/learner-fields';
import { api } from './client';

export type LearnerOptionalField = TLearnerOptionalField;
export type FieldSetting = (typeof FIELD_SETTINGS)[number];

// One list for server and web: src/domain/learner-fields.ts has no zod and no I/O.
export { LEARNER_FIELD_LABELS, LEARNER_OPTIONAL_FIELDS };

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
  /** Minutes after which a lockout lifts by itself; null: only an unlock lifts it. */
  autoUnlockMinutes: number | null;
  accessCodeLimit: number;
  accessCodesIssued: number;
  accessCodeValidityDays: number;
  timeZone: string;
}

export interface UpdateTenantRequest {
  name?: string;
  settings?: TenantSettings;
  lockoutThreshold?: number;
  autoUnlockMinutes?: number | null;
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

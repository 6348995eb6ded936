/** The tenant's settings (GET any administrator, PATCH platform support). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type FIELD_SETTINGS,
  LEARNER_FIELD_LABELS,
  LEARNER_OPTIONAL_FIELDS,
  type TLearnerOptionalField,
} from '../../../src/domain/learner-fields';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

export type LearnerOptionalField = TLearnerOptionalField;
export type FieldSetting = (typeof FIELD_SETTINGS)[number];

// One list for server and web: src/domain/learner-fields.ts has no zod and no I/O.
export { LEARNER_FIELD_LABELS, LEARNER_OPTIONAL_FIELDS };

/** The tenant as GET /tenant answers. */
export type Tenant = Answer<'/tenant', 'get'>;
export type TenantSettings = Tenant['settings'];
export type TenantFeatures = TenantSettings['features'];
export type UpdateTenantRequest = Body<'/tenant', 'patch'>;

export const tenantKey = ['tenant'] as const;

export function useTenant() {
  return useQuery({ queryKey: tenantKey, queryFn: () => unwrap(api.GET('/tenant')) });
}

export function useUpdateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateTenantRequest) => unwrap(api.PATCH('/tenant', { body: request })),
    onSuccess: (tenant) => queryClient.setQueryData(tenantKey, tenant),
  });
}

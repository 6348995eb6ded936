/** Add user (POST /learners) and the dropdown options of the learner forms. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  LEARNER_OPTIONAL_FIELDS,
  type TLearnerOptionalField,
} from '../../../src/domain/learner-fields';
import { api, withQuery } from './client';
import type { FieldSetting } from './tenant';
import type { AdvicePack, CreateLearnerRequest, UserRecord } from './user-types';

export const OPTIONAL_FIELDS = LEARNER_OPTIONAL_FIELDS;
export type OptionalField = TLearnerOptionalField;
export type { FieldSetting };

export interface Named {
  id: number;
  name: string;
}
export interface Labelled {
  id: number;
  label: string;
}
export interface ProgrammeOption extends Named {
  type: 'application' | 'delivery';
}

export interface LearnerOptions {
  caseOwners: (Named & { email: string | null })[];
  programmes: ProgrammeOption[];
  targetProgrammes: ProgrammeOption[];
  learningProviders: Named[];
  employers: Named[];
  employerAddresses: Labelled[];
  managers: Named[];
  mentors: Named[];
  referrers: Named[];
  referrerAddresses: Labelled[];
  referrerContacts: (Labelled & { name: string; email: string | null; phone: string | null })[];
  samlIdentityProviders: string[];
  customFields: { key: string; label: string; mandatory: boolean }[];
  fieldSettings: Partial<Record<OptionalField, FieldSetting>>;
  features: { saml: boolean; console: boolean; classic: boolean; multiFactor: boolean };
  minRatesOfPay: string[];
  advice: { enabled: boolean; defaultPack: AdvicePack | null };
  referenceTemplate: { prefix: string; digits: number } | null;
  lock?: { locked: boolean; fields: string[]; message: string | null };
  caseOwnerStillValid?: boolean;
}

export interface LearnerOptionsQuery {
  groupIds: number[];
  employerId?: number | null;
  referrerId?: number | null;
  userId?: number;
  programmeId?: number | null;
}

export const learnerOptionsKey = ['learner-options'] as const;

/** The choices the form offers for these groups, employer and referrer; kept while refreshing. */
export function useLearnerOptions(query: LearnerOptionsQuery, enabled = true) {
  const normalised = {
    groupIds: [...query.groupIds].sort((a, b) => a - b),
    employerId: query.employerId ?? undefined,
    referrerId: query.referrerId ?? undefined,
    userId: query.userId,
    programmeId: query.programmeId ?? undefined,
  };
  return useQuery({
    queryKey: [...learnerOptionsKey, normalised],
    queryFn: () => api<LearnerOptions>('GET', withQuery('/learner-options', normalised)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateLearner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateLearnerRequest) => api<UserRecord>('POST', '/learners', request),
    onSuccess: (user) => {
      queryClient.setQueryData(['user', user.id], user);
      return queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

/** How the tenant treats an optional field; visible when it says nothing. */
export function settingOf(options: LearnerOptions | undefined, key: OptionalField): FieldSetting {
  return options?.fieldSettings[key] ?? 'visible';
}

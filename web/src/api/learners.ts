/** Add user (POST /learners) and the dropdown options of the learner forms. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  LEARNER_OPTIONAL_FIELDS,
  type TLearnerOptionalField,
} from '../../../src/domain/learner-fields';
import type { Answer } from './answers';
import { api, unwrap } from './client';
import type { FieldSetting } from './tenant';
import type { CreateLearnerRequest } from './user-types';

export const OPTIONAL_FIELDS = LEARNER_OPTIONAL_FIELDS;
export type OptionalField = TLearnerOptionalField;
export type { FieldSetting };

/** The choices the learner forms offer (GET /learner-options). */
export type LearnerOptions = Answer<'/learner-options', 'get'>;
/** A choice shown by name. */
export type Named = LearnerOptions['employers'][number];
/** A choice shown by label (addresses). */
export type Labelled = LearnerOptions['employerAddresses'][number];

/** What the form has chosen so far; the hook turns it into the query string. */
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
    queryFn: () => unwrap(api.GET('/learner-options', { params: { query: normalised } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateLearner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateLearnerRequest) => unwrap(api.POST('/learners', { body: request })),
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

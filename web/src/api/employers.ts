/** Add Employer (POST /employers), and the employer organisations and positions it chooses from. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Address, Gender } from './user-types';

/** What an employer user may do for the learners linked to them (the server's list). */
export const EMPLOYER_ROLES = ['manager', 'mentor', 'view_all_in_groups'] as const;
export type EmployerRole = (typeof EMPLOYER_ROLES)[number];

export interface Position {
  id: number;
  title: string;
}

export interface Organisation {
  id: number;
  name: string;
  type: 'own' | 'training' | 'employer' | 'referrer';
}

export interface CreateEmployerRequest {
  invite: boolean;
  title: string;
  firstName: string;
  surname: string;
  gender: Gender | null;
  email: string;
  mobile: string;
  address: Address;
  groupIds: number[];
  employerId: number | null;
  roles: EmployerRole[];
  /** One of the tenant's positions, or else `positionTitle`: found by title, or created. */
  positionId: number | null;
  positionTitle: string | null;
  consoleAccess?: boolean;
  classicAccess?: boolean;
}

export interface EmployerUser {
  id: number;
  firstName: string;
  surname: string;
  employerRoles: string[];
  positionId: number | null;
}

const positionsKey = ['positions'] as const;

export function usePositions() {
  return useQuery({
    queryKey: positionsKey,
    queryFn: () => api<{ items: Position[] }>('GET', '/positions'),
  });
}

export function useEmployerOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'employer'],
    queryFn: () => api<{ items: Organisation[] }>('GET', '/organisations?type=employer'),
  });
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateEmployerRequest) =>
      api<EmployerUser>('POST', '/employers', request),
    // A typed position may now be one of the tenant's, and the grid has a new row.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: positionsKey }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]),
  });
}

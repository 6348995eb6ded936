/** Addresses of the Users grid showing the users behind one number of the overview. */
import type { SubscriptionStatus, UserType } from '../../api/types';
import { paramsFrom } from '../Users/users-search';

export type Slice = { status: SubscriptionStatus } | { type: UserType };

export function usersGridLink(slice: Slice, groupIds: number[]): string {
  return `/users?${paramsFrom({ ...slice, groupIds }).toString()}`;
}

const positiveInt = (value: string): number | undefined => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** The groups named by `?groupId=` (repeatable), ignoring anything that is not an id. */
export function groupIdsFrom(params: URLSearchParams): number[] {
  return params
    .getAll('groupId')
    .map(positiveInt)
    .filter((id) => id !== undefined);
}

/** Hand-written shapes of the API answers the web app reads (see /api/v1/openapi.json). */

export const USER_TYPES = ['learner', 'employer', 'admin'] as const;
export type UserType = (typeof USER_TYPES)[number];

export const SUBSCRIPTION_STATUSES = [
  'Prospect',
  'Invited',
  'FullUser',
  'Expired',
  'Cancelled',
  'Archived',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export type AdminRole = 'standard' | 'support';

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface Session {
  user: {
    id: number;
    type: UserType;
    firstName: string;
    surname: string;
    email: string | null;
    adminRole: AdminRole | null;
  };
  tenant: { slug: string; name: string };
  csrfToken: string | null;
}

export interface SignInRequest {
  tenant: string;
  username: string;
  password: string;
}

export interface GroupRef {
  id: number;
  name: string;
}

export interface UserSummary {
  id: number;
  type: UserType;
  username: string | null;
  firstName: string;
  surname: string;
  email: string | null;
  subscriptionStatus: SubscriptionStatus;
  groupIds: number[];
  groups: GroupRef[];
  createdAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type SortOrder = 'asc' | 'desc';
export const USER_SORTS = ['name', 'email', 'type', 'status', 'createdAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

export interface UserListQuery {
  q?: string;
  type?: UserType;
  status?: SubscriptionStatus;
  groupIds: number[];
  page: number;
  pageSize: number;
  sort?: UserSort;
  order?: SortOrder;
}

export interface GroupTree {
  id: number;
  name: string;
  /** Present on newer servers: false when the group is shown only as the path to one you can use. */
  accessible?: boolean;
  children: GroupTree[];
}

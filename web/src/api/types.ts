/** Shapes of the API the web app uses: answers come from the generated OpenAPI types. */
import type { Answer } from './answers';

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

/** Who is signed in (GET /session). */
export type Session = Answer<'/api/v1/session', 'get', 200>;

export interface SignInRequest {
  tenant: string;
  username: string;
  password: string;
}

export interface GroupRef {
  id: number;
  name: string;
}

/** A row of the Users grid. */
export type UserSummary = Answer<'/api/v1/users', 'get', 200>['items'][number];

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

/** A group and its subtree, as GET /groups answers. */
export type GroupTree = Answer<'/api/v1/groups', 'get', 200>[number];

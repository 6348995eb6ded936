/** Shapes of the API the web app shares across pages, all read from the generated OpenAPI types. */
import { SUBSCRIPTION_STATUSES, USER_TYPES } from '../../../src/domain/vocabulary';
import type { Answer, Body, Query, Schema } from './answers';

// The server's own lists (src/domain/vocabulary.ts holds no zod and no I/O); contract-checks.ts
// proves each one is exactly its enum in the OpenAPI document.
export { SUBSCRIPTION_STATUSES, USER_TYPES };

export type UserType = Schema<'UserType'>;
export type SubscriptionStatus = Schema<'SubscriptionStatus'>;
export type AdminRole = Schema<'AdminRole'>;

/** Who is signed in (GET /session). */
export type Session = Answer<'/session', 'get'>;
export type SignInRequest = Body<'/session', 'post'>;

/** A page of the Users grid. */
export type UserPage = Answer<'/users', 'get'>;
/** A row of the Users grid. */
export type UserSummary = UserPage['items'][number];

type UsersParams = Query<'/users', 'get'>;
export type SortOrder = NonNullable<UsersParams['order']>;
/** The columns the Users grid sorts by (the server also sorts by id). */
export const USER_SORTS = [
  'name',
  'email',
  'type',
  'status',
  'createdAt',
] as const satisfies readonly NonNullable<UsersParams['sort']>[];
export type UserSort = (typeof USER_SORTS)[number];

/** The Users grid's filters, paging and order, as the page keeps them. */
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
export type GroupTree = Schema<'GroupTree'>;

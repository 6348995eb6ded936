/**
 * Who and what may be linked to a learner, given the learner's groups (DOMAIN.md): case owners,
 * managers and mentors, and the programmes the groups offer. Used both to check a save and to
 * fill the form's dropdowns, so the two never disagree.
 */
import { and, asc, eq, exists, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  adminGroupAccess,
  programmeGroups,
  programmes,
  userGroups,
  users,
} from '../../../db/schema.js';
import type { GroupNode } from '../../../domain/group-tree.js';
import { visibleUsersWhere } from '../../../platform/access.js';
import type { Actor } from '../../../platform/actor.js';

/** Statuses in which an administrator can be a case owner. */
export const CASE_OWNER_STATUSES = ['Prospect', 'Invited', 'FullUser'] as const;

/** The groups themselves and every group above them: access to any of these covers them. */
export function groupsAndAncestors(groups: readonly GroupNode[], groupIds: readonly number[]) {
  const parent = new Map(groups.map((group) => [group.id, group.parentId]));
  const result = new Set<number>();
  for (const id of groupIds) {
    for (let at: number | null | undefined = id; at != null && !result.has(at); at = parent.get(at))
      result.add(at);
  }
  return [...result];
}

const byName = [
  asc(sql`lower(${users.surname})`),
  asc(sql`lower(${users.firstName})`),
  asc(users.id),
];

/**
 * Administrators with access to at least one of the learner's groups, in status Prospect,
 * Invited or Full user. `onlyId` narrows the answer to one administrator (a check).
 */
export async function caseOwnerCandidates(
  db: Db,
  tenantId: number,
  groups: readonly GroupNode[],
  learnerGroupIds: readonly number[],
  onlyId?: number,
) {
  const covering = groupsAndAncestors(groups, learnerGroupIds);
  if (covering.length === 0) return [];
  const access = db
    .select({ one: sql`1` })
    .from(adminGroupAccess)
    .where(
      and(eq(adminGroupAccess.adminId, users.id), inArray(adminGroupAccess.groupId, covering)),
    );
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      surname: users.surname,
      email: users.email,
    })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.type, 'admin'),
        sql`coalesce(${users.adminRole}, 'standard') <> 'support'`,
        inArray(users.subscriptionStatus, [...CASE_OWNER_STATUSES]),
        exists(access),
        onlyId === undefined ? undefined : eq(users.id, onlyId),
      ),
    )
    .orderBy(...byName);
}

/**
 * Employer users of `employerId` who share a group with the learner, for manager and mentor.
 * `visibleOnly` adds the editing administrator's view (the dropdown, and a newly chosen one);
 * a link another administrator made is kept on a later save as long as the rest still holds.
 */
export async function employerUserCandidates(
  db: Db,
  actor: Actor,
  options: {
    employerId: number;
    learnerGroupIds: readonly number[];
    visibleOnly: boolean;
    onlyId?: number;
  },
) {
  if (options.learnerGroupIds.length === 0) return [];
  const shared = db
    .select({ one: sql`1` })
    .from(userGroups)
    .where(
      and(
        eq(userGroups.userId, users.id),
        inArray(userGroups.groupId, [...options.learnerGroupIds]),
      ),
    );
  const conditions: (SQL | undefined)[] = [
    eq(users.tenantId, actor.tenantId),
    eq(users.type, 'employer'),
    eq(users.employerId, options.employerId),
    ne(users.subscriptionStatus, 'Archived'),
    exists(shared),
  ];
  if (options.visibleOnly) conditions.push(visibleUsersWhere(db, actor));
  if (options.onlyId !== undefined) conditions.push(eq(users.id, options.onlyId));
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      surname: users.surname,
      email: users.email,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(...byName);
}

/**
 * Programmes offered on at least one of the groups (a programme is offered on the groups it is
 * linked to, as GET /programmes?groupId= answers), of the given types.
 */
export async function programmesOffered(
  db: Db,
  tenantId: number,
  groupIds: readonly number[],
  types: readonly ('application' | 'delivery')[],
  onlyId?: number,
) {
  if (groupIds.length === 0) return [];
  const offered = db
    .select({ one: sql`1` })
    .from(programmeGroups)
    .where(
      and(
        eq(programmeGroups.programmeId, programmes.id),
        inArray(programmeGroups.groupId, [...groupIds]),
      ),
    );
  return db
    .select({ id: programmes.id, name: programmes.name, type: programmes.type })
    .from(programmes)
    .where(
      and(
        eq(programmes.tenantId, tenantId),
        inArray(programmes.type, [...types]),
        exists(offered),
        onlyId === undefined ? undefined : eq(programmes.id, onlyId),
      ),
    )
    .orderBy(asc(sql`lower(${programmes.name})`), asc(programmes.id));
}

export const personName = (person: { firstName: string; surname: string }) =>
  `${person.firstName} ${person.surname}`;

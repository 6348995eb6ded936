/**
 * "Managed by me" (the FAQ's manager questions): the learners an employer user manages or
 * mentors and, with the "View all in assigned groups" role, every learner in their groups
 * (subtrees included); nothing else, and never an archived learner. The role is read from the
 * account on every request, so taking it away takes effect at once.
 */
import { and, asc, desc, eq, exists, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmes, userGroups, users } from '../../db/schema.js';
import { expandSubtrees } from '../../domain/group-tree.js';
import type { EmployerActor } from '../../platform/actor.js';
import { loadGroups } from '../groups/groups.queries.js';
import type { LINKS, TManagedLearnersQuery } from './me.schema.js';

const sortColumns = {
  name: [sql`lower(${users.surname})`, sql`lower(${users.firstName})`, users.id],
  email: [sql`lower(${users.email})`, users.id],
  status: [users.subscriptionStatus, sql`lower(${users.surname})`, users.id],
  endsOn: [users.subscriptionEndsOn, sql`lower(${users.surname})`, users.id],
} as const;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The groups whose learners the employer user sees in full: none without the role. */
async function viewAllGroups(db: Db, actor: EmployerActor): Promise<number[]> {
  const [me] = await db
    .select({ roles: users.employerRoles })
    .from(users)
    .where(and(eq(users.id, actor.userId), eq(users.tenantId, actor.tenantId)));
  if (!me?.roles.includes('view_all_in_groups')) return [];
  const own = await db
    .select({ groupId: userGroups.groupId })
    .from(userGroups)
    .where(and(eq(userGroups.userId, actor.userId), eq(userGroups.tenantId, actor.tenantId)));
  if (own.length === 0) return [];
  const groups = await loadGroups(db, actor.tenantId);
  return [
    ...expandSubtrees(
      groups,
      own.map((row) => row.groupId),
    ),
  ];
}

/** The linked learners, filtered, sorted and paged (list shape). */
export async function listManagedLearners(
  db: Db,
  actor: EmployerActor,
  query: TManagedLearnersQuery,
) {
  const groupIds = await viewAllGroups(db, actor);
  const inGroups = groupIds.length
    ? exists(
        db
          .select({ one: sql`1` })
          .from(userGroups)
          .where(and(eq(userGroups.userId, users.id), inArray(userGroups.groupId, groupIds))),
      )
    : undefined;
  const where: (SQL | undefined)[] = [
    eq(users.tenantId, actor.tenantId),
    eq(users.type, 'learner'),
    ne(users.subscriptionStatus, 'Archived'),
    or(eq(users.managerId, actor.userId), eq(users.mentorId, actor.userId), inGroups),
  ];
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    where.push(
      sql`(lower(${users.firstName} || ' ' || ${users.surname}) like ${pattern} or lower(coalesce(${users.email}, '')) like ${pattern})`,
    );
  }
  const direction = query.order === 'desc' ? desc : asc;
  const filter = and(...where);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: users.id,
        firstName: users.firstName,
        surname: users.surname,
        email: users.email,
        programmeId: programmes.id,
        programmeName: programmes.name,
        subscriptionStatus: users.subscriptionStatus,
        subscriptionEndsOn: users.subscriptionEndsOn,
        managerId: users.managerId,
        mentorId: users.mentorId,
        inGroups: inGroups ? sql<boolean>`${inGroups}` : sql<boolean>`false`,
      })
      .from(users)
      .leftJoin(
        programmes,
        and(eq(programmes.id, users.programmeId), eq(programmes.tenantId, users.tenantId)),
      )
      .where(filter)
      .orderBy(...sortColumns[query.sort].map((column) => direction(column)))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(filter),
  ]);
  return {
    items: rows.map((row) => {
      const links: (typeof LINKS)[number][] = [];
      if (row.managerId === actor.userId) links.push('manager');
      if (row.mentorId === actor.userId) links.push('mentor');
      if (row.inGroups) links.push('group');
      return {
        id: row.id,
        firstName: row.firstName,
        surname: row.surname,
        email: row.email,
        programme:
          row.programmeId === null ? null : { id: row.programmeId, name: row.programmeName ?? '' },
        subscriptionStatus: row.subscriptionStatus,
        subscriptionEndsOn: row.subscriptionEndsOn,
        links,
      };
    }),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

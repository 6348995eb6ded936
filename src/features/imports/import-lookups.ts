/**
 * What turning a file's words into a learner's ids needs, loaded once a preview or commit
 * (groups, programmes, administrators) and once a chunk (the learners its rows match), all
 * scoped to the tenant, and the learners to those the administrator can see.
 */
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  groups,
  identityKeys,
  organisations,
  programmes,
  userGroups,
  users,
} from '../../db/schema.js';
import { emailKey } from '../../domain/email.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';

export interface NamedGroup {
  id: number;
  name: string;
  parentId: number | null;
}

export interface ImportLookups {
  groups: NamedGroup[];
  programmes: { id: number; name: string }[];
  admins: { id: number; firstName: string; surname: string; email: string | null }[];
  organisations: { id: number; name: string; type: string }[];
  /** The custom fields of each programme, by programme id. */
  customFields: Map<number, { key: string; label: string }[]>;
  /** Employer users by email (lower case): managers and mentors are named by email. */
  employerUsers: Map<string, number>;
}

export async function loadImportLookups(tx: Db, tenantId: number): Promise<ImportLookups> {
  const programmeRows = await tx
    .select({ id: programmes.id, name: programmes.name, customFields: programmes.customFields })
    .from(programmes)
    .where(eq(programmes.tenantId, tenantId));
  return {
    groups: await tx
      .select({ id: groups.id, name: groups.name, parentId: groups.parentId })
      .from(groups)
      .where(eq(groups.tenantId, tenantId)),
    programmes: programmeRows.map(({ id, name }) => ({ id, name })),
    customFields: new Map(
      programmeRows.map((p) => [p.id, p.customFields.map(({ key, label }) => ({ key, label }))]),
    ),
    admins: await tx
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
          ne(users.subscriptionStatus, 'Archived'),
        ),
      ),
    organisations: await tx
      .select({ id: organisations.id, name: organisations.name, type: organisations.type })
      .from(organisations)
      // An archived organisation is chosen for no one new (the writer refuses it too).
      .where(and(eq(organisations.tenantId, tenantId), isNull(organisations.archivedAt))),
    employerUsers: new Map(
      (
        await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(
            and(
              eq(users.tenantId, tenantId),
              eq(users.type, 'employer'),
              ne(users.subscriptionStatus, 'Archived'),
            ),
          )
      ).flatMap((u) => (u.email ? [[u.email.toLowerCase(), u.id] as const] : [])),
    ),
  };
}

export type MatchedLearner = typeof users.$inferSelect & { groupIds: number[] };

/** Learners the actor can see holding one of `emailKeys` or one of `references`. */
export async function loadMatches(
  tx: Db,
  actor: AdminActor,
  emailKeys: string[],
  references: string[],
) {
  const visible = and(eq(users.type, 'learner'), visibleUsersWhere(tx, actor));
  const byEmailRows = emailKeys.length
    ? await tx
        .select({ key: identityKeys.key, user: users })
        .from(identityKeys)
        .innerJoin(users, eq(users.id, identityKeys.userId))
        .where(
          and(
            eq(identityKeys.tenantId, actor.tenantId),
            inArray(identityKeys.key, emailKeys),
            visible,
          ),
        )
    : [];
  const byReferenceRows = references.length
    ? await tx
        .select()
        .from(users)
        .where(
          and(
            eq(users.tenantId, actor.tenantId),
            inArray(users.referenceNumber, references),
            visible,
          ),
        )
    : [];
  const ids = [
    ...new Set([...byEmailRows.map((r) => r.user.id), ...byReferenceRows.map((r) => r.id)]),
  ];
  const links = ids.length
    ? await tx
        .select({ userId: userGroups.userId, groupId: userGroups.groupId })
        .from(userGroups)
        .where(inArray(userGroups.userId, ids))
    : [];
  const groupsOf = (id: number) =>
    links.filter((link) => link.userId === id).map((link) => link.groupId);
  const byEmail = new Map<string, MatchedLearner>();
  // The key may be the learner's username; only their email address matches.
  for (const { key, user } of byEmailRows)
    if (user.email !== null && emailKey(user.email) === key)
      byEmail.set(key, { ...user, groupIds: groupsOf(user.id) });
  const byReference = new Map<string, MatchedLearner[]>();
  for (const user of byReferenceRows) {
    const key = user.referenceNumber ?? '';
    byReference.set(key, [
      ...(byReference.get(key) ?? []),
      { ...user, groupIds: groupsOf(user.id) },
    ]);
  }
  return { byEmail, byReference };
}
export type Matches = Awaited<ReturnType<typeof loadMatches>>;

/**
 * The signed-in person's own account (DOMAIN.md "Interfaces": the learner's or employer's
 * portal): their details, and for a learner their case owner, programme, employer, manager,
 * mentor and end date. Only ever the caller's own row.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations, programmes, users } from '../../db/schema.js';
import { EMPLOYER_ROLES } from '../../domain/vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import type { TMe } from './me.schema.js';

const isEmployerRole = (role: string): role is (typeof EMPLOYER_ROLES)[number] =>
  (EMPLOYER_ROLES as readonly string[]).includes(role);

/** The caller's own account. */
export async function getMe(db: Db, actor: Actor): Promise<TMe> {
  const [me] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, actor.userId), eq(users.tenantId, actor.tenantId)));
  if (!me) throw notFound('user');
  const peopleIds = [me.caseOwnerId, me.managerId, me.mentorId].filter((id) => id !== null);
  const people = peopleIds.length
    ? await db
        .select({
          id: users.id,
          firstName: users.firstName,
          surname: users.surname,
          email: users.email,
        })
        .from(users)
        .where(and(eq(users.tenantId, actor.tenantId), inArray(users.id, peopleIds)))
    : [];
  const person = (id: number | null) => people.find((row) => row.id === id);
  const nameOf = (id: number | null) => {
    const found = person(id);
    return found ? `${found.firstName} ${found.surname}` : null;
  };
  const named = async (table: typeof programmes | typeof organisations, id: number | null) => {
    if (id === null) return null;
    const [row] = await db
      .select({ id: table.id, name: table.name })
      .from(table)
      .where(and(eq(table.id, id), eq(table.tenantId, actor.tenantId)));
    return row ?? null;
  };
  const owner = person(me.caseOwnerId);
  return {
    id: me.id,
    type: me.type,
    title: me.title,
    firstName: me.firstName,
    surname: me.surname,
    username: me.username,
    email: me.email,
    mobile: me.mobile,
    subscriptionStatus: me.subscriptionStatus,
    subscriptionEndsOn: me.subscriptionEndsOn,
    caseOwner: owner ? { name: `${owner.firstName} ${owner.surname}`, email: owner.email } : null,
    programme: await named(programmes, me.programmeId),
    employer: await named(organisations, me.employerId),
    manager: nameOf(me.managerId),
    mentor: nameOf(me.mentorId),
    employerRoles: me.employerRoles.filter(isEmployerRole),
    passwordSignIn: me.authenticationType === 'password',
  };
}

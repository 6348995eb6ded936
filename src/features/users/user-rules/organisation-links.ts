/**
 * Referrer (with its address and contact), learning provider, employer (with its address),
 * manager and mentor. An address or contact must belong to the chosen organisation and is
 * reset when the organisation changes; a manager or mentor must be an employer user of the
 * learner's employer sharing a group with the learner, and is reset when that stops holding.
 */
import type { Db } from '../../../db/client.js';
import {
  findAddress,
  findContact,
  findOrganisation,
  type OrganisationType,
} from '../../organisations/organisations.queries.js';
import { employerUserCandidates } from './candidates.js';
import { changed, fail, type RuleContext } from './context.js';

type OrganisationKey = 'referrerId' | 'learningProviderId' | 'employerId';

const ORGANISATION_RULES: Record<OrganisationKey, { types: OrganisationType[]; message: string }> =
  {
    referrerId: { types: ['referrer'], message: 'Choose a referrer organisation.' },
    learningProviderId: {
      types: ['own', 'training'],
      message: 'Choose your own organisation or a training organisation as the learning provider.',
    },
    employerId: { types: ['employer'], message: 'Choose an employer organisation.' },
  };

async function setOrganisation(ctx: RuleContext, key: OrganisationKey) {
  const value = ctx.input[key];
  if (value === undefined) return;
  if (value !== null) {
    const rule = ORGANISATION_RULES[key];
    const organisation = await findOrganisation(ctx.tx, ctx.actor.tenantId, value);
    if (!organisation || !rule.types.includes(organisation.type))
      return fail(ctx, key, rule.message);
  }
  ctx.next[key] = value;
}

type PartKey = 'referrerAddressId' | 'referrerContactId' | 'employerAddressId';
type PartFinder = (
  db: Db,
  tenantId: number,
  id: number,
) => Promise<{ organisationId: number } | undefined>;

const PART_RULES: Record<
  PartKey,
  { parent: 'referrerId' | 'employerId'; find: PartFinder; what: string }
> = {
  referrerAddressId: {
    parent: 'referrerId',
    find: findAddress,
    what: 'an address of the referrer',
  },
  referrerContactId: { parent: 'referrerId', find: findContact, what: 'a contact of the referrer' },
  employerAddressId: {
    parent: 'employerId',
    find: findAddress,
    what: 'an address of the employer',
  },
};

async function setPart(ctx: RuleContext, key: PartKey) {
  const { parent, find, what } = PART_RULES[key];
  const value = ctx.input[key];
  if (value === undefined) {
    if (changed(ctx, parent)) ctx.next[key] = null;
    return;
  }
  if (value !== null) {
    if (ctx.errors[parent]) return;
    const owner = ctx.next[parent];
    const parentName = parent === 'referrerId' ? 'referrer' : 'employer';
    if (owner === null) return fail(ctx, key, `Choose the ${parentName} first, then ${what}.`);
    const row = await find(ctx.tx, ctx.actor.tenantId, value);
    if (!row || row.organisationId !== owner)
      return fail(ctx, key, `Choose ${what} chosen for the learner.`);
  }
  ctx.next[key] = value;
}

async function setEmployerUser(ctx: RuleContext, key: 'managerId' | 'mentorId') {
  const label = key === 'managerId' ? 'manager' : 'mentor';
  const value = ctx.input[key];
  const employerId = ctx.next.employerId;
  const isCandidate = async (id: number, visibleOnly: boolean) =>
    employerId !== null &&
    (
      await employerUserCandidates(ctx.tx, ctx.actor, {
        employerId,
        learnerGroupIds: ctx.next.groupIds,
        visibleOnly,
        onlyId: id,
      })
    ).length > 0;

  if (value === undefined) {
    const kept = ctx.next[key];
    const dependencyChanged = changed(ctx, 'employerId') || changed(ctx, 'groupIds');
    if (kept !== null && dependencyChanged && !(await isCandidate(kept, false)))
      ctx.next[key] = null;
    return;
  }
  if (value !== null) {
    if (ctx.errors.employerId || ctx.errors.groupIds) return;
    if (employerId === null) return fail(ctx, key, `Choose the employer first, then the ${label}.`);
    // Visibility applies to a newly chosen person, not to one another administrator linked.
    if (!(await isCandidate(value, value !== ctx.current[key])))
      return fail(
        ctx,
        key,
        `Choose a ${label} among the employer users of the learner's employer who share a group with the learner.`,
      );
  }
  ctx.next[key] = value;
}

/** Applies and checks every organisation link of the request. */
export async function organisationLinksRule(ctx: RuleContext) {
  await setOrganisation(ctx, 'referrerId');
  await setPart(ctx, 'referrerAddressId');
  await setPart(ctx, 'referrerContactId');
  await setOrganisation(ctx, 'learningProviderId');
  await setOrganisation(ctx, 'employerId');
  await setPart(ctx, 'employerAddressId');
  await setEmployerUser(ctx, 'managerId');
  await setEmployerUser(ctx, 'mentorId');
}

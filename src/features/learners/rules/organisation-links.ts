/**
 * Referrer (with its address and contact), learning provider, employer (with its address),
 * manager and mentor. An address or contact must belong to the chosen organisation and is
 * reset when the organisation changes; a manager or mentor must be an employer user of the
 * learner's employer sharing a group with the learner, and is reset when that stops holding.
 */
import type { OrganisationType } from '../../organisations/organisations.queries.js';
import { changed, fail, type RuleContext } from './context.js';
import { isEmployerUserCandidate } from './link-candidates.js';

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

function setOrganisation(ctx: RuleContext, key: OrganisationKey) {
  const value = ctx.input[key];
  if (value === undefined) return;
  if (value !== null) {
    const rule = ORGANISATION_RULES[key];
    const type = ctx.world.organisations.get(value);
    if (!type || !rule.types.some((allowed) => allowed === type))
      return fail(ctx, key, rule.message);
    if (ctx.world.archivedOrganisations.has(value) && value !== ctx.current[key])
      return fail(ctx, key, 'That organisation is archived: choose another.');
  }
  ctx.next[key] = value;
}

type PartKey = 'referrerAddressId' | 'referrerContactId' | 'employerAddressId';
type PartFinder = (world: RuleContext['world'], id: number) => number | undefined;

const PART_RULES: Record<
  PartKey,
  { parent: 'referrerId' | 'employerId'; find: PartFinder; what: string }
> = {
  referrerAddressId: {
    parent: 'referrerId',
    find: (world, id) => world.addresses.get(id),
    what: 'an address of the referrer',
  },
  referrerContactId: {
    parent: 'referrerId',
    find: (world, id) => world.contacts.get(id),
    what: 'a contact of the referrer',
  },
  employerAddressId: {
    parent: 'employerId',
    find: (world, id) => world.addresses.get(id),
    what: 'an address of the employer',
  },
};

function setPart(ctx: RuleContext, key: PartKey) {
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
    if (find(ctx.world, value) !== owner)
      return fail(ctx, key, `Choose ${what} chosen for the learner.`);
  }
  ctx.next[key] = value;
}

function setEmployerUser(ctx: RuleContext, key: 'managerId' | 'mentorId') {
  const label = key === 'managerId' ? 'manager' : 'mentor';
  const value = ctx.input[key];
  const employerId = ctx.next.employerId;
  const isCandidate = (id: number, visibleOnly: boolean) =>
    employerId !== null &&
    isEmployerUserCandidate(ctx.world, {
      employerId,
      learnerGroupIds: ctx.next.groupIds,
      visibleOnly,
      id,
    });

  if (value === undefined) {
    const kept = ctx.next[key];
    const dependencyChanged = changed(ctx, 'employerId') || changed(ctx, 'groupIds');
    if (kept !== null && dependencyChanged && !isCandidate(kept, false)) ctx.next[key] = null;
    return;
  }
  if (value !== null) {
    if (ctx.errors.employerId || ctx.errors.groupIds) return;
    if (employerId === null) return fail(ctx, key, `Choose the employer first, then the ${label}.`);
    // Visibility applies to a newly chosen person, not to one another administrator linked.
    if (!isCandidate(value, value !== ctx.current[key]))
      return fail(
        ctx,
        key,
        `Choose a ${label} among the employer users of the learner's employer who share a group with the learner.`,
      );
  }
  ctx.next[key] = value;
}

/** Applies and checks every organisation link of the request. */
export function organisationLinksRule(ctx: RuleContext) {
  setOrganisation(ctx, 'referrerId');
  setPart(ctx, 'referrerAddressId');
  setPart(ctx, 'referrerContactId');
  setOrganisation(ctx, 'learningProviderId');
  setOrganisation(ctx, 'employerId');
  setPart(ctx, 'employerAddressId');
  setEmployerUser(ctx, 'managerId');
  setEmployerUser(ctx, 'mentorId');
}

/**
 * Who and what may be linked to a learner, decided over the loaded write context (no I/O):
 * case owners, managers and mentors, and programmes offered by the learner's groups. The save's
 * checks and the form's dropdowns (get-learner-options.ts) both ask these, so they never
 * disagree.
 */
import { type ProgrammeType, programmesOffered } from '../../programmes/programme-offers.js';
import type { Person, WriteContext } from './context.js';

/** The groups themselves and every group above them: access to any of these covers them. */
export function groupsAndAncestors(
  groups: readonly WriteContext['groups'][number][],
  groupIds: readonly number[],
): number[] {
  const parent = new Map(groups.map((group) => [group.id, group.parentId]));
  const result = new Set<number>();
  for (const id of groupIds) {
    for (let at: number | null | undefined = id; at != null && !result.has(at); at = parent.get(at))
      result.add(at);
  }
  return [...result];
}

const meets = (held: ReadonlySet<number>, wanted: readonly number[]) =>
  wanted.some((id) => held.has(id));

const lower = (text: string) => text.toLowerCase();

/** By surname, then first name, then id, as the dropdowns list people. */
function byName(a: Person, b: Person) {
  for (const [x, y] of [
    [lower(a.surname), lower(b.surname)],
    [lower(a.firstName), lower(b.firstName)],
  ] as const)
    if (x !== y) return x < y ? -1 : 1;
  return a.id - b.id;
}

/**
 * Administrators with access to at least one of the learner's groups (or a group above one),
 * in status Prospect, Invited or Full user, by name.
 */
export function caseOwnerCandidates(world: WriteContext, learnerGroupIds: readonly number[]) {
  const covering = groupsAndAncestors(world.groups, learnerGroupIds);
  return [...world.caseOwners.values()]
    .filter((admin) => meets(admin.groupIds, covering))
    .sort(byName);
}

/** True when `adminId` may be the case owner (any administrator when undefined). */
export function hasCaseOwnerCandidate(
  world: WriteContext,
  learnerGroupIds: readonly number[],
  adminId?: number,
) {
  const found = caseOwnerCandidates(world, learnerGroupIds);
  return adminId === undefined ? found.length > 0 : found.some((admin) => admin.id === adminId);
}

/**
 * Employer users of `employerId` who share a group with the learner, by name. `visibleOnly`
 * adds the editing administrator's view (the dropdown, and a newly chosen one); a link another
 * administrator made is kept on a later save as long as the rest still holds.
 */
export function employerUserCandidates(
  world: WriteContext,
  options: { employerId: number; learnerGroupIds: readonly number[]; visibleOnly: boolean },
) {
  return (world.employerUsers.get(options.employerId) ?? [])
    .filter(
      (person) =>
        (!options.visibleOnly || person.visible) && meets(person.groupIds, options.learnerGroupIds),
    )
    .sort(byName);
}

/** True when employer user `id` is a candidate. */
export const isEmployerUserCandidate = (
  world: WriteContext,
  options: Parameters<typeof employerUserCandidates>[1] & { id: number },
) => employerUserCandidates(world, options).some((person) => person.id === options.id);

/** True when programme `id` is of one of `types` and offered on one of the groups. */
export const isProgrammeOffered = (
  world: WriteContext,
  groupIds: readonly number[],
  types: readonly ProgrammeType[],
  id: number,
) => programmesOffered(world.programmes, groupIds, types).some((row) => row.id === id);

/** What leaves the server of a programme, with the actions its reader may take on it. */
import type { AdminActor } from '../../platform/actor.js';
import type { ProgrammeDraft } from './check-programme.js';
import type { ProgrammeRow } from './programme-offers.js';
import { canManageProgramme } from './programmes.policy.js';
import type { TProgramme } from './programmes.schema.js';

/** The stored programme as the rules see it. */
export const draftOf = (row: ProgrammeRow, groupIds: readonly number[]): ProgrammeDraft => ({
  name: row.name,
  type: row.type,
  groupIds: [...groupIds],
  referencePrefix: row.referencePrefix,
  referenceDigits: row.referenceDigits,
  advicePacks: row.advicePacks,
  defaultAdvicePack: row.defaultAdvicePack,
  customFields: row.customFields,
});

export function presentProgramme(
  actor: AdminActor,
  row: ProgrammeRow,
  groupIds: readonly number[],
  options: { learnerCount: number; fullAccess: boolean },
): TProgramme {
  const manage = canManageProgramme(actor, groupIds, options.fullAccess);
  const digits = row.referenceDigits ?? 0;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    groupIds: groupIds.filter((id) => actor.accessibleGroupIds.has(id)),
    offeredOutsideAccess: groupIds.some((id) => !actor.accessibleGroupIds.has(id)),
    referenceTemplate: digits > 0 ? { prefix: row.referencePrefix ?? '', digits } : null,
    advicePacks: row.advicePacks,
    defaultAdvicePack: row.defaultAdvicePack,
    customFields: row.customFields,
    learnerCount: options.learnerCount,
    version: row.version,
    actions: { update: manage, delete: manage && options.learnerCount === 0 },
  };
}

/**
 * Edit User on an employer user (create-employer.txt: "Review and update the employer's
 * details before sending the invitation"): the fields of Add Employer, with its rules, written
 * by the employer writer as a conditional UPDATE on the version read; audited as a user edit.
 * The caller (users/update-user.ts) has found the user, checked the policy and the state.
 */
import type { Db } from '../../db/client.js';
import type { users } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { TUpdateUserRequest } from '../users/user-edit.schema.js';
import { changeEmployer, EMPLOYER_PERSON_KEYS } from './write-employer.js';

/** What "no value" looks like when a form sends a whole user back: absent, null, "", [] or {}. */
export function isEmptyValue(value: unknown) {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

const CHOICE_KEYS = ['groupIds', 'employerId', 'roles', 'positionId', 'positionTitle'];
/** Keys of a user that are read back and ignored rather than refused. */
const READ_BACK = ['version', 'programmeId', 'customFields'];

/** Saves an administrator's changes to an employer user (found, allowed, not archived). */
export async function updateEmployer(
  tx: Db,
  actor: Actor,
  row: typeof users.$inferSelect,
  groupIds: number[],
  request: TUpdateUserRequest,
  options: { ip?: string | null },
) {
  const refused: Record<string, string> = {};
  for (const [key, value] of Object.entries(request)) {
    const known = [...EMPLOYER_PERSON_KEYS, ...CHOICE_KEYS, ...READ_BACK] as string[];
    if (!known.includes(key) && !isEmptyValue(value))
      refused[key] = 'An employer user has no such field; leave it out.';
  }
  if (Object.keys(refused).length > 0) throw invalid(refused);
  const { before, after } = await changeEmployer(tx, actor, row, groupIds, {
    person: Object.fromEntries(EMPLOYER_PERSON_KEYS.map((key) => [key, request[key]])),
    choices: {
      groupIds: request.groupIds,
      employerId: request.employerId,
      roles: request.roles,
      positionId: request.positionId,
      positionTitle: request.positionTitle,
    },
    version: request.version,
  });
  if (Object.keys(after).length > 0)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'user_updated',
      entityType: 'user',
      entityId: row.id,
      before,
      after,
      ip: options.ip,
    });
}

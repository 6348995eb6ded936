/**
 * The rules of an organisation's own fields, shared by create and edit: a name, a UKPRN on
 * training and own-organisation records only (8 digits starting with 1), and an optional
 * Main Aim Registration Number.
 */
import { hiddenCharacterProblem } from '../../domain/hidden-characters.js';
import { clean } from '../../domain/text.js';
import { INVALID_UKPRN_MESSAGE, isValidUkprn } from '../../domain/ukprn.js';
import type { OrganisationType } from './organisations.queries.js';

const NAME_MAX = 200;
const REGISTRATION_MAX = 50;
const PROVIDER_TYPES: readonly OrganisationType[] = ['own', 'training'];

export interface OrganisationFields {
  name?: string | null;
  ukprn?: string | null;
  mainAimRegistrationNumber?: string | null;
}

/**
 * Cleans the fields that were sent (undefined stays undefined: unchanged) and writes the
 * reason for each one refused into `errors`, keyed by field name.
 */
export function checkOrganisationFields(
  type: OrganisationType,
  input: OrganisationFields,
  errors: Record<string, string>,
) {
  const out: { name?: string; ukprn?: string | null; mainAimRegistrationNumber?: string | null } =
    {};
  if (input.name !== undefined) {
    const name = clean(input.name);
    const hidden = name === null ? null : hiddenCharacterProblem(name, 'name');
    if (name === null) errors.name = 'Enter the name of the organisation.';
    else if (hidden) errors.name = hidden;
    else if (name.length > NAME_MAX)
      errors.name = `The name can be at most ${NAME_MAX} characters long.`;
    else out.name = name;
  }
  if (input.ukprn !== undefined) {
    const ukprn = clean(input.ukprn)?.replace(/\s+/g, '') ?? null;
    if (ukprn !== null && !PROVIDER_TYPES.includes(type))
      errors.ukprn = 'Only training organisations and your own organisation have a UKPRN.';
    else if (ukprn !== null && !isValidUkprn(ukprn)) errors.ukprn = INVALID_UKPRN_MESSAGE;
    else out.ukprn = ukprn;
  }
  if (input.mainAimRegistrationNumber !== undefined) {
    const number = clean(input.mainAimRegistrationNumber);
    if ((number?.length ?? 0) > REGISTRATION_MAX)
      errors.mainAimRegistrationNumber = `At most ${REGISTRATION_MAX} characters.`;
    else out.mainAimRegistrationNumber = number;
  }
  return out;
}

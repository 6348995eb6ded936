/**
 * The learner write service for a person writing their own account, with no administrator:
 * self-registration and activation come here (features use the learners feature only through
 * use-case files). `writeOwnAccount` checks and writes in the caller's transaction;
 * `checkOwnDetails` runs the same person rules on names and email alone, before any database
 * work, so a registration form can tell every problem at once.
 */
import { DEFAULT_TENANT_SETTINGS } from '../../domain/tenant-fields.js';
import { accountIdentityRule } from './rules/account-identity.js';
import { createRuleContext } from './rules/check-learner.js';
import { emptyLearner, type RuleContext, type WriteContext } from './rules/context.js';
import { personFieldsRule } from './rules/personal-details.js';

export { type SelfServiceWriter, stateOf } from './rules/context.js';
export type { LearnerWrite, LearnerWriteResult } from './writer/write-learners.js';
export { writeOwnAccount } from './writer/write-learners.js';

/**
 * The person rules of the write service on a registrant's names and email, without I/O:
 * the same checks and messages as Add user ("your" where Add user says "the"). The full
 * service runs them again on the write, with everything else it checks.
 */
export function checkOwnDetails(input: {
  firstName: string;
  surname: string;
  email: string;
}): Pick<RuleContext, 'errors' | 'next'> {
  const offline: WriteContext = {
    actor: null,
    source: 'self-registration',
    tenantId: 0,
    settings: DEFAULT_TENANT_SETTINGS,
    timeZone: 'Europe/London',
    groups: [],
    caseOwners: new Map(),
    programmes: new Map(),
    organisations: new Map(),
    archivedOrganisations: new Set(),
    addresses: new Map(),
    contacts: new Map(),
    employerUsers: new Map(),
    identities: new Map(),
    claimed: new Map(),
    locks: new Map(),
  };
  const ctx = createRuleContext(offline, {
    mode: 'create',
    userId: null,
    row: 1,
    status: 'FullUser',
    current: emptyLearner(),
    input,
  });
  personFieldsRule(ctx);
  accountIdentityRule(ctx); // nobody is loaded yet: only "Enter your email address." can come of it
  return ctx;
}

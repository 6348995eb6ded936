/**
 * The tenant's field settings: a hidden field cannot be given a new value (sending back the
 * stored one, or nothing, is fine), and a mandatory one must have a value once saved. A field
 * the funding lock keeps is not asked for, since it could not be filled in.
 */
import {
  fieldState,
  LEARNER_FIELD_LABELS,
  LEARNER_OPTIONAL_FIELDS,
  type TLearnerOptionalField,
} from '../../../domain/tenant-fields.js';
import {
  ADDRESS_FIELDS,
  changed,
  fail,
  isEmpty,
  type LearnerColumn,
  type RuleContext,
} from './context.js';
import { templateToApply } from './reference-number.js';

/** Each optional field's column, and its name in requests and errors. */
export const OPTIONAL_FIELD_COLUMNS: Record<
  TLearnerOptionalField,
  { column: LearnerColumn; field: string }
> = {
  preferredName: { column: 'preferredName', field: 'preferredName' },
  title: { column: 'title', field: 'title' },
  personalEmail: { column: 'personalEmail', field: 'personalEmail' },
  referrer: { column: 'referrerId', field: 'referrerId' },
  referrerAddress: { column: 'referrerAddressId', field: 'referrerAddressId' },
  referrerContact: { column: 'referrerContactId', field: 'referrerContactId' },
  targetProgramme: { column: 'targetProgrammeId', field: 'targetProgrammeId' },
  postcode: { column: 'postcode', field: 'address.postcode' },
  line1: { column: 'line1', field: 'address.line1' },
  line2: { column: 'line2', field: 'address.line2' },
  town: { column: 'town', field: 'address.town' },
  county: { column: 'county', field: 'address.county' },
  country: { column: 'country', field: 'address.country' },
  learningProvider: { column: 'learningProviderId', field: 'learningProviderId' },
  employer: { column: 'employerId', field: 'employerId' },
  employerAddress: { column: 'employerAddressId', field: 'employerAddressId' },
  manager: { column: 'managerId', field: 'managerId' },
  mentor: { column: 'mentorId', field: 'mentorId' },
  referenceNumber: { column: 'referenceNumber', field: 'referenceNumber' },
  minRateOfPay: { column: 'minRateOfPay', field: 'minRateOfPay' },
};

/** True when the request sends a value (or null) for the field named `field` in requests. */
function given(ctx: RuleContext, field: string) {
  const { address } = ctx.input;
  const addressColumn = ADDRESS_FIELDS.find(([, name]) => name === field)?.[0];
  if (addressColumn !== undefined)
    return address === null || address?.[addressColumn] !== undefined;
  return Object.entries(ctx.input).some(([key, value]) => key === field && value !== undefined);
}

/** Refuses new values in hidden fields and asks for mandatory ones. */
export function tenantFieldsRule(ctx: RuleContext) {
  for (const key of LEARNER_OPTIONAL_FIELDS) {
    const { column, field } = OPTIONAL_FIELD_COLUMNS[key];
    const state = fieldState(ctx.settings, key);
    const label = LEARNER_FIELD_LABELS[key];
    if (state === 'hidden') {
      if (given(ctx, field) && (changed(ctx, column) || ctx.errors[field] !== undefined)) {
        delete ctx.errors[field];
        fail(ctx, field, `${label} is not used in this organisation.`);
        Object.assign(ctx.next, { [column]: ctx.current[column] });
      }
      continue;
    }
    // A programme applied now numbers a learner left without one, once the rest holds.
    if (key === 'referenceNumber' && templateToApply(ctx)) continue;
    if (
      state === 'mandatory' &&
      isEmpty(ctx.next[column]) &&
      !ctx.locked.has(column) &&
      !ctx.errors[field]
    )
      fail(ctx, field, `${label} is required.`);
  }
}

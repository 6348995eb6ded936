/** The Add user form's values, and the request they make. */
import type { Dayjs } from 'dayjs';
import type { LearnerOptions } from '../../api/learners';
import type {
  Address,
  AdvicePack,
  AdvicePackMode,
  CreateLearnerRequest,
  Gender,
} from '../../api/user-types';
import { toIsoDate } from '../../components/dates';
import { blank } from '../../components/options';

export interface AddUserValues {
  invite: boolean;
  firstName: string;
  surname: string;
  gender?: Gender | null;
  email: string;
  mobile?: string;
  dateOfBirth?: Dayjs | null;
  subscriptionEndsOn?: Dayjs | null;
  groupIds: number[];
  programmeId?: number | null;
  address?: Partial<Record<keyof Address, string | null>>;
  caseOwnerId?: number | null;
  learningProviderId?: number | null;
  employerId?: number | null;
  employerAddressId?: number | null;
  managerId?: number | null;
  mentorId?: number | null;
  referenceNumber?: string;
  minRateOfPay?: string | null;
  advicePackMode?: AdvicePackMode | null;
  advicePack?: AdvicePack | null;
  /** Values of the programme's custom fields by key (dates as ISO). */
  customFields?: Record<string, string | null | undefined>;
}

const addressOf = (address: AddUserValues['address']) => ({
  postcode: blank(address?.postcode),
  line1: blank(address?.line1),
  line2: blank(address?.line2),
  town: blank(address?.town),
  county: blank(address?.county),
  country: blank(address?.country),
});

/**
 * The POST /learners body. A case owner of `undefined` lets the server pick the creating
 * administrator, which it does only when they have access to the chosen groups. Advice packs
 * and custom fields are sent only as the chosen programme (in `options`) defines them.
 */
export function toCreateRequest(
  values: AddUserValues,
  caseOwnerId: number | null | undefined,
  options: Pick<LearnerOptions, 'advice' | 'customFields'> | undefined,
): CreateLearnerRequest {
  const advice = options?.advice.enabled ?? false;
  const individual = values.advicePackMode === 'individual';
  const custom = options?.customFields ?? [];
  return {
    invite: values.invite,
    firstName: values.firstName.trim(),
    surname: values.surname.trim(),
    gender: values.gender ?? null,
    email: values.email.trim(),
    mobile: blank(values.mobile),
    dateOfBirth: toIsoDate(values.dateOfBirth),
    subscriptionEndsOn: toIsoDate(values.subscriptionEndsOn),
    groupIds: values.groupIds,
    programmeId: values.programmeId ?? null,
    address: addressOf(values.address),
    caseOwnerId,
    learningProviderId: values.learningProviderId ?? null,
    employerId: values.employerId ?? null,
    employerAddressId: values.employerAddressId ?? null,
    managerId: values.managerId ?? null,
    mentorId: values.mentorId ?? null,
    referenceNumber: blank(values.referenceNumber),
    minRateOfPay: values.minRateOfPay ?? null,
    advicePackMode: advice ? (values.advicePackMode ?? 'default') : undefined,
    advicePack: advice && individual ? (values.advicePack ?? null) : undefined,
    customFields:
      custom.length > 0 && values.programmeId
        ? Object.fromEntries(custom.map(({ key }) => [key, blank(values.customFields?.[key])]))
        : undefined,
  };
}

/** The Add user form's values, and the request they make. */
import type { Dayjs } from 'dayjs';
import type { Address, CreateLearnerRequest, Gender } from '../../api/user-types';
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
 * administrator, which it does only when they have access to the chosen groups.
 */
export function toCreateRequest(
  values: AddUserValues,
  caseOwnerId: number | null | undefined,
): CreateLearnerRequest {
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
  };
}

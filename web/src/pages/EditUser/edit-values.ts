/** The Edit user form's values: read from the user, and turned into the PATCH body. */
import type { Dayjs } from 'dayjs';
import { type LearnerOptions, type OptionalField, settingOf } from '../../api/learners';
import type {
  Address,
  AdvicePack,
  AdvicePackMode,
  AuthenticationType,
  Gender,
  UpdateUserRequest,
  UserRecord,
} from '../../api/user-types';
import { fromIsoDate, toIsoDate } from '../../components/dates';
import { blank } from '../../components/options';

type Text = string | null | undefined;
type Id = number | null | undefined;

export interface EditValues {
  username?: Text;
  firstName: string;
  surname: string;
  preferredName?: Text;
  title?: Text;
  gender?: Gender | null;
  email?: Text;
  personalEmail?: Text;
  mobile?: Text;
  dateOfBirth?: Dayjs | null;
  subscriptionEndsOn?: Dayjs | null;
  nationalInsuranceNumber?: Text;
  address?: Partial<Record<keyof Address, Text>>;
  groupIds: number[];
  caseOwnerId?: Id;
  targetProgrammeId?: Id;
  learningProviderId?: Id;
  employerId?: Id;
  employerAddressId?: Id;
  managerId?: Id;
  mentorId?: Id;
  referrerId?: Id;
  referrerAddressId?: Id;
  referrerContactId?: Id;
  referenceNumber?: Text;
  minRateOfPay?: Text;
  advicePackMode?: AdvicePackMode | null;
  advicePack?: AdvicePack | null;
  authenticationType?: AuthenticationType;
  samlIdentityProvider?: Text;
  samlUniqueId?: Text;
  consoleAccess?: boolean;
  classicAccess?: boolean;
  customFields?: Record<string, Text>;
}

export function toEditValues(user: UserRecord): EditValues {
  const { address, dateOfBirth, subscriptionEndsOn, version, actions, groups, ...rest } = user;
  return {
    ...rest,
    address: { ...address },
    dateOfBirth: fromIsoDate(dateOfBirth),
    subscriptionEndsOn: fromIsoDate(subscriptionEndsOn),
  };
}

/**
 * The PATCH body: every field the form shows (null clears one). Hidden fields and fields the
 * funding lock keeps are left out (undefined is not sent), so the server leaves them alone.
 */
export function toPatch(
  values: EditValues,
  user: UserRecord,
  options: LearnerOptions,
  locked: ReadonlySet<string>,
): UpdateUserRequest {
  const shown = <T>(key: OptionalField, value: T) =>
    settingOf(options, key) === 'hidden' ? undefined : value;
  const open = <T>(key: string, value: T) => (locked.has(key) ? undefined : value);
  const line = (key: keyof Address) =>
    shown(key, open(`address.${key}`, blank(values.address?.[key])));
  const saml = options.features.saml || user.authenticationType === 'saml';
  const individual = values.advicePackMode === 'individual';
  return {
    version: user.version,
    username: blank(values.username),
    firstName: open('firstName', values.firstName.trim()),
    surname: open('surname', values.surname.trim()),
    preferredName: shown('preferredName', blank(values.preferredName)),
    title: shown('title', blank(values.title)),
    gender: values.gender ?? null,
    email: open('email', blank(values.email)),
    personalEmail: shown('personalEmail', blank(values.personalEmail)),
    mobile: open('mobile', blank(values.mobile)),
    dateOfBirth: open('dateOfBirth', toIsoDate(values.dateOfBirth)),
    subscriptionEndsOn: toIsoDate(values.subscriptionEndsOn),
    nationalInsuranceNumber: blank(values.nationalInsuranceNumber),
    address: {
      postcode: line('postcode'),
      line1: line('line1'),
      line2: line('line2'),
      town: line('town'),
      county: line('county'),
      country: line('country'),
    },
    groupIds: values.groupIds,
    caseOwnerId: values.caseOwnerId ?? null,
    targetProgrammeId: shown('targetProgramme', values.targetProgrammeId ?? null),
    learningProviderId: shown('learningProvider', values.learningProviderId ?? null),
    employerId: shown('employer', values.employerId ?? null),
    employerAddressId: shown('employerAddress', values.employerAddressId ?? null),
    managerId: shown('manager', values.managerId ?? null),
    mentorId: shown('mentor', values.mentorId ?? null),
    referrerId: shown('referrer', values.referrerId ?? null),
    referrerAddressId: shown('referrerAddress', values.referrerAddressId ?? null),
    referrerContactId: shown('referrerContact', values.referrerContactId ?? null),
    referenceNumber: shown('referenceNumber', blank(values.referenceNumber)),
    minRateOfPay: shown('minRateOfPay', blank(values.minRateOfPay)),
    advicePackMode: options.advice.enabled ? (values.advicePackMode ?? 'default') : undefined,
    advicePack: options.advice.enabled && individual ? (values.advicePack ?? null) : undefined,
    authenticationType: saml ? (values.authenticationType ?? 'password') : undefined,
    samlIdentityProvider: saml ? blank(values.samlIdentityProvider) : undefined,
    samlUniqueId: saml ? blank(values.samlUniqueId) : undefined,
    consoleAccess: values.consoleAccess,
    classicAccess: values.classicAccess,
    customFields: Object.fromEntries(
      options.customFields.map(({ key }) => [key, blank(values.customFields?.[key])]),
    ),
  };
}

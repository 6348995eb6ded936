/** The Add Employer form's values, the request they make, and where server messages belong. */
import { ApiError } from '../../api/client';
import type { CreateEmployerRequest, EmployerRole } from '../../api/employers';
import type { Address, Gender } from '../../api/user-types';
import { blank } from '../../components/options';

/** A position already in the list (its id), or the title of a new one. */
export type PositionChoice = number | string;

export interface AddEmployerValues {
  invite: boolean;
  title?: string;
  firstName: string;
  surname: string;
  gender?: Gender | null;
  email: string;
  mobile: string;
  address?: Partial<Record<keyof Address, string | null>>;
  employerId?: number | null;
  groupIds: number[];
  roles: EmployerRole[];
  position?: PositionChoice | null;
  consoleAccess?: boolean;
  classicAccess?: boolean;
}

const addressOf = (address: AddEmployerValues['address']): Address => ({
  postcode: blank(address?.postcode),
  line1: blank(address?.line1),
  line2: blank(address?.line2),
  town: blank(address?.town),
  county: blank(address?.county),
  country: blank(address?.country),
});

/** The POST /employers body. */
export function toCreateEmployerRequest(values: AddEmployerValues): CreateEmployerRequest {
  const { position } = values;
  return {
    invite: values.invite,
    title: values.title ?? '',
    firstName: values.firstName.trim(),
    surname: values.surname.trim(),
    gender: values.gender ?? null,
    email: values.email.trim(),
    mobile: values.mobile.trim(),
    address: addressOf(values.address),
    groupIds: values.groupIds,
    employerId: values.employerId ?? null,
    roles: values.roles,
    positionId: typeof position === 'number' ? position : null,
    positionTitle: typeof position === 'string' ? blank(position) : null,
    consoleAccess: values.consoleAccess,
    classicAccess: values.classicAccess,
  };
}

/** The server's names for fields this form shows under another name. */
const FORM_NAMES: Record<string, string> = { positionId: 'position', positionTitle: 'position' };

/** The same error, with its field messages named as this form names its fields. */
export function asFormError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(error.fields)) {
    const name = FORM_NAMES[key] ?? key.replace(/^roles\.\d+$/, 'roles');
    fields[name] ??= message;
  }
  return new ApiError(error.status, error.code, error.message, fields);
}

/** Edit User for an employer user: the form's values from the record, and the PATCH they make. */
import type { UpdateUserRequest, UserRecord } from '../../api/user-types';
import {
  type AddEmployerValues,
  toCreateEmployerRequest,
} from '../AddEmployer/add-employer-values';

export type EditEmployerValues = Omit<AddEmployerValues, 'invite'>;

/** The record as the form shows it. */
export function toEditEmployerValues(user: UserRecord): EditEmployerValues {
  return {
    title: user.title ?? undefined,
    firstName: user.firstName,
    surname: user.surname,
    gender: user.gender,
    email: user.email ?? '',
    mobile: user.mobile ?? '',
    address: user.address,
    employerId: user.employerId,
    groupIds: user.groupIds,
    roles: user.employerRoles,
    position: user.positionId,
    consoleAccess: user.consoleAccess,
    classicAccess: user.classicAccess,
  };
}

/** The PATCH body: Add Employer's fields (the same rules apply), with the version loaded. */
export function toUpdateEmployerRequest(
  values: EditEmployerValues,
  user: UserRecord,
): UpdateUserRequest {
  const { invite: _invite, ...fields } = toCreateEmployerRequest({ ...values, invite: false });
  return { ...fields, version: user.version };
}

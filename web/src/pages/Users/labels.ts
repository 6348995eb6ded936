import { USER_TYPE_LABELS } from '../../../../src/domain/vocabulary';
import { SUBSCRIPTION_STATUSES, USER_TYPES, type UserType } from '../../api/types';
import { statusLabels } from '../../components/StatusTag';

export const typeLabels: Record<UserType, string> = USER_TYPE_LABELS;

export const typeOptions = USER_TYPES.map((value) => ({ value, label: typeLabels[value] }));

export const statusOptions = SUBSCRIPTION_STATUSES.map((value) => ({
  value,
  label: statusLabels[value],
}));

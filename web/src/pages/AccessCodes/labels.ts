import { ACCESS_CODE_STATUSES, type AccessCodeStatus } from '../../api/access-codes';

export const statusLabels: Record<AccessCodeStatus, string> = {
  Activated: 'Activated',
  NotActivated: 'Not activated',
  Expired: 'Expired',
  Revoked: 'Revoked',
};

export const statusOptions = ACCESS_CODE_STATUSES.map((value) => ({
  value,
  label: statusLabels[value],
}));

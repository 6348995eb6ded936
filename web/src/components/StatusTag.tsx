import { Tag } from 'antd';
import type { SubscriptionStatus } from '../api/types';

/** Dark shades: antd draws the text in this colour on a pale tint of it, above 4.5:1. */
const colours: Record<SubscriptionStatus, string> = {
  Prospect: '#595959',
  Invited: '#0958d9',
  FullUser: '#237804',
  Expired: '#ad4e00',
  Cancelled: '#a8071a',
  Archived: '#434343',
};

export const statusLabels: Record<SubscriptionStatus, string> = {
  Prospect: 'Prospect',
  Invited: 'Invited',
  FullUser: 'Full user',
  Expired: 'Expired',
  Cancelled: 'Cancelled',
  Archived: 'Archived',
};

export function StatusTag({ status }: { status: SubscriptionStatus }) {
  return <Tag color={colours[status]}>{statusLabels[status]}</Tag>;
}

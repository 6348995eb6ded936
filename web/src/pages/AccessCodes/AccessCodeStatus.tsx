import {
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleOutlined,
  StopOutlined,
} from '@ant-design/icons';
import type { AccessCodeStatus as Status } from '../../api/access-codes';
import { statusLabels } from './labels';

/** Dark enough for 4.5:1 on white; the icon is decoration, the words beside it say the status. */
const icons: Record<Status, { icon: typeof CheckCircleFilled; colour: string }> = {
  Activated: { icon: CheckCircleFilled, colour: '#237804' },
  NotActivated: { icon: ClockCircleOutlined, colour: '#0958d9' },
  Expired: { icon: StopOutlined, colour: '#a8071a' },
  Revoked: { icon: CloseCircleOutlined, colour: '#595959' },
};

export function AccessCodeStatus({ status }: { status: Status }) {
  const { icon: Icon, colour } = icons[status];
  return (
    <span style={{ color: colour, whiteSpace: 'nowrap' }} data-status={status}>
      <Icon aria-hidden="true" /> {statusLabels[status]}
    </span>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';

/** The "+" beside a dropdown that makes a new entry for it. */
export function AddButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Tooltip title={label}>
      <Button aria-label={label} icon={<PlusOutlined />} onClick={onClick} disabled={disabled} />
    </Tooltip>
  );
}

import { Checkbox, Form, Transfer, type TransferProps, Typography } from 'antd';
import { EMPLOYER_ROLES, type EmployerRole } from '../../api/employers';

export const ROLE_LABELS: Record<EmployerRole, string> = {
  manager: 'Manager',
  mentor: 'Mentor',
  view_all_in_groups: 'View all learners in their groups',
};

interface RoleItem {
  key: EmployerRole;
  title: string;
}

const roles: RoleItem[] = EMPLOYER_ROLES.map((key) => ({ key, title: ROLE_LABELS[key] }));

type ListBodyProps = Parameters<NonNullable<TransferProps<RoleItem>['children']>>[0];

const isRole = (key: unknown): key is EmployerRole => EMPLOYER_ROLES.some((role) => role === key);

const listStyle = { listStyle: 'none', margin: 0, padding: '8px 12px' };

/**
 * One side's roles as labelled checkboxes: antd's own list leaves its checkboxes without a
 * label, which screen readers announce as bare "checkbox".
 */
function RoleList({ direction, filteredItems, selectedKeys, onItemSelect }: ListBodyProps) {
  const side = direction === 'left' ? 'Available roles' : 'Assigned roles';
  if (filteredItems.length === 0)
    return <Typography.Paragraph style={listStyle}>None</Typography.Paragraph>;
  return (
    <ul aria-label={side} style={listStyle}>
      {filteredItems.map((item) => (
        <li key={item.key}>
          <Checkbox
            checked={selectedKeys.includes(item.key)}
            onChange={(event) => onItemSelect(item.key, event.target.checked)}
          >
            {item.title}
          </Checkbox>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  value?: EmployerRole[];
  onChange?: (value: EmployerRole[]) => void;
}

function RolesTransfer({ value, onChange }: Props) {
  return (
    <Transfer<RoleItem>
      dataSource={roles}
      targetKeys={value ?? []}
      onChange={(keys) => onChange?.(keys.filter(isRole))}
      render={(item) => item.title}
      titles={['Available', 'Assigned']}
      actions={['Assign', 'Remove']}
      showSelectAll={false}
    >
      {(props) => <RoleList {...props} />}
    </Transfer>
  );
}

/** The roles the employer fulfils, moved from Available to Assigned. */
export function RolesField() {
  return (
    <Form.Item
      name="roles"
      label="Roles"
      extra="Tick roles under Available and select Assign; tick them under Assigned and select Remove to take them away."
    >
      <RolesTransfer />
    </Form.Item>
  );
}

import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';

/** "Create": the kinds of account an administrator can add; each asks before going on. */
export function CreateUserMenu() {
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const confirmLearner = () =>
    modal.confirm({
      title: 'Add a learner?',
      content:
        'You will enter the learner’s details and choose whether to invite them now. Nothing is saved until you select Create learner.',
      okText: 'Continue',
      cancelText: 'Cancel',
      onOk: () => navigate('/users/new'),
    });
  return (
    <Dropdown
      menu={{
        items: [{ key: 'learner', label: 'Learner' }],
        onClick: ({ key }) => {
          if (key === 'learner') confirmLearner();
        },
      }}
      trigger={['click']}
    >
      <Button type="primary">
        Create <DownOutlined />
      </Button>
    </Dropdown>
  );
}

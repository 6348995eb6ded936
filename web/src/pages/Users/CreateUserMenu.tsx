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
  const confirmEmployer = () =>
    modal.confirm({
      title: 'Add an employer?',
      content:
        'You will enter the employer’s details and choose whether to invite them now. Nothing is saved until you select Create employer.',
      okText: 'Continue',
      cancelText: 'Cancel',
      onOk: () => navigate('/users/new-employer'),
    });
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'learner', label: 'Learner' },
          { key: 'employer', label: 'Employer' },
        ],
        onClick: ({ key }) => {
          if (key === 'learner') confirmLearner();
          if (key === 'employer') confirmEmployer();
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

import { Alert, Button, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useGroupTrees } from '../../api/groups';
import { useUser } from '../../api/user-record';
import { PageHeading } from '../../components/PageHeading';
import { PageResult } from '../../components/PageResult';
import { usePageTitle } from '../../components/usePageTitle';
import { EditEmployerForm } from '../EditEmployer/EditEmployerForm';
import { EditUserForm } from './EditUserForm';

/**
 * Edit user: the learner's form or the employer user's, and what to do when someone else saved
 * first.
 */
export function EditUserPage() {
  const id = Number(useParams().id);
  const user = useUser(id);
  const trees = useGroupTrees();
  const [conflict, setConflict] = useState(false);
  const [generation, setGeneration] = useState(0);
  const record = user.data;
  usePageTitle(record ? `Edit ${record.firstName} ${record.surname}` : 'Edit user');

  const reload = async () => {
    await user.refetch();
    setConflict(false);
    setGeneration((count) => count + 1);
  };

  if (user.isPending || trees.isPending) return <Spin description="Loading the user…" />;
  if (user.isError || trees.isError || !record) {
    const error = user.error ?? trees.error;
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <PageResult
        status={missing ? '404' : 'error'}
        title={missing ? 'User not found' : 'The user could not be loaded'}
        subTitle={missing ? 'There is no such user, or it is not in your groups.' : error?.message}
        extra={<Link to="/users">Back to users</Link>}
      />
    );
  }
  if (record.type === 'admin' || !record.actions.edit) {
    return (
      <PageResult
        status="info"
        title="This form is for learners and employer users you can edit"
        subTitle="Only learners and employer users can be edited here, and only by administrators with access to their groups. Administrators are changed on the Administrators page."
        extra={<Link to={`/users/${record.id}`}>Back to the profile</Link>}
      />
    );
  }

  const noun = record.type === 'employer' ? 'employer user' : 'learner';
  const onConflict = () => {
    setConflict(true);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };
  return (
    <>
      <PageHeading
        title={`Edit ${record.firstName} ${record.surname}`}
        parents={[{ label: `${record.firstName} ${record.surname}`, to: `/users/${record.id}` }]}
      />
      <Typography.Paragraph>
        Fields marked with an asterisk (*) must be filled in.
      </Typography.Paragraph>
      {conflict && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={`Someone else has saved changes to this ${noun}`}
          description={`Their changes were saved after you opened this page, so yours were not saved. Reload to see the ${noun} as it is now, then make your changes again.`}
          action={
            <Button onClick={reload} loading={user.isFetching}>
              Reload
            </Button>
          }
        />
      )}
      {record.type === 'employer' ? (
        <EditEmployerForm key={generation} user={record} onConflict={onConflict} />
      ) : (
        <EditUserForm key={generation} user={record} trees={trees.data} onConflict={onConflict} />
      )}
    </>
  );
}

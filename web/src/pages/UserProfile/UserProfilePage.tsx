import { Alert, Card, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useLearnerOptions } from '../../api/learners';
import { useChangeRequests, useUser } from '../../api/user-record';
import { AuditTrail } from '../../components/AuditTrail';
import { PageHeading } from '../../components/PageHeading';
import { PageResult } from '../../components/PageResult';
import { usePageTitle } from '../../components/usePageTitle';
import { ChangeRequests } from './ChangeRequests';
import { Communications } from './Communications';
import { LearnerContacts } from './LearnerContacts';
import { ProfileActions } from './ProfileActions';
import { ProfileDetails } from './ProfileDetails';
import { StatusActions } from './StatusActions';

/** What the page that sent us here did: created the learner, or saved changes. */
const flag = (state: unknown, key: 'created' | 'saved') =>
  typeof state === 'object' && state !== null && key in state;

/**
 * One user: their details, what may be done with them, and the emails sent to them. Keyed by
 * the user, so going from one profile to another (a learner made an employer user) starts
 * afresh and reads the note the first page left.
 */
export function UserProfilePage() {
  const { id } = useParams();
  return <UserProfile key={id} id={Number(id)} />;
}

function UserProfile({ id }: { id: number }) {
  const user = useUser(id);
  const location = useLocation();
  const navigate = useNavigate();
  // Said once: the note is dropped from history, so reloading the page does not repeat it.
  const [flash] = useState<unknown>(() => location.state);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const record = user.data;
  usePageTitle(record ? `${record.firstName} ${record.surname}` : 'User profile');
  // Names of the employer, case owner and programme come from the learner form's lists.
  const options = useLearnerOptions({
    groupIds: record?.groupIds ?? [],
    employerId: record?.employerId,
    userId: record && record.type === 'learner' ? record.id : undefined,
  });

  if (user.isPending) return <Spin description="Loading the user…" />;
  if (user.isError) {
    const missing = user.error instanceof ApiError && user.error.status === 404;
    return (
      <PageResult
        status={missing ? '404' : 'error'}
        title={missing ? 'User not found' : 'The user could not be loaded'}
        subTitle={
          missing ? 'There is no such user, or it is not in your groups.' : user.error.message
        }
        extra={<Link to="/users">Back to users</Link>}
      />
    );
  }
  if (!record) return null;

  return (
    <>
      <PageHeading title={`${record.firstName} ${record.surname}`} />
      {flag(flash, 'saved') && (
        <Alert type="success" showIcon className="form-alert" title="Changes saved" />
      )}
      {flag(flash, 'created') && (
        <Alert
          type="success"
          showIcon
          className="form-alert"
          title={record.type === 'employer' ? 'Employer user created' : 'Learner created'}
          description={
            record.subscriptionStatus === 'Invited'
              ? `An activation email is on its way to ${record.email ?? 'them'}.`
              : 'They are a Prospect: send an invitation when they should be able to sign in.'
          }
        />
      )}
      {record.signInBlocked && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title="They cannot sign in today"
          description={record.signInBlocked.message}
        />
      )}
      <ProfileActions user={record} />
      <StatusActions user={record} />
      <Card title={<h2 className="card-heading">Details</h2>} className="form-card">
        <ProfileDetails user={record} options={options.data} />
      </Card>
      {record.type === 'learner' && <LearnerContacts learnerId={record.id} />}
      {record.type === 'learner' && <ChangeRequestsCard learnerId={record.id} />}
      <Card title={<h2 className="card-heading">Communications</h2>} className="form-card">
        <Communications userId={record.id} />
      </Card>
      <Card title={<h2 className="card-heading">Audit</h2>} className="form-card">
        <AuditTrail user={{ id: record.id, name: `${record.firstName} ${record.surname}` }} />
      </Card>
    </>
  );
}

/** Shown once the learner has a change request. */
function ChangeRequestsCard({ learnerId }: { learnerId: number }) {
  const requests = useChangeRequests(learnerId);
  if (!requests.data?.items.length) return null;
  return (
    <Card title={<h2 className="card-heading">Change requests</h2>} className="form-card">
      <ChangeRequests learnerId={learnerId} />
    </Card>
  );
}

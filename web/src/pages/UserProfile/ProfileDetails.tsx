import { Descriptions, Space, Tag } from 'antd';
import type { LearnerOptions } from '../../api/learners';
import type { UserRecord } from '../../api/user-types';
import { formatDate } from '../../components/dates';
import { StatusTag } from '../../components/StatusTag';
import { ROLE_LABELS } from '../AddEmployer/RolesField';
import { typeLabels } from '../Users/labels';

const dash = '—';

function addressText(address: UserRecord['address']) {
  const parts = [
    address.line1,
    address.line2,
    address.town,
    address.county,
    address.postcode,
    address.country,
  ];
  return parts.filter((part) => part?.trim()).join(', ') || dash;
}

function nameIn(list: { id: number; name: string }[] | undefined, id: number | null) {
  if (id === null) return dash;
  if (!list) return 'Loading…';
  return list.find((one) => one.id === id)?.name ?? `Not listed (id ${id})`;
}

/** The user's details as an administrator reads them. */
export function ProfileDetails({
  user,
  options,
}: {
  user: UserRecord;
  options: LearnerOptions | undefined;
}) {
  const programmes = options && [...options.programmes, ...options.targetProgrammes];
  const items = [
    { key: 'name', label: 'Name', children: `${user.firstName} ${user.surname}` },
    { key: 'type', label: 'Type', children: typeLabels[user.type] },
    { key: 'username', label: 'Username', children: user.username ?? dash },
    { key: 'email', label: 'Email', children: user.email ?? dash },
    { key: 'mobile', label: 'Mobile', children: user.mobile ?? dash },
    { key: 'address', label: 'Postal address', children: addressText(user.address) },
    { key: 'dob', label: 'Date of birth', children: formatDate(user.dateOfBirth) || dash },
    { key: 'employer', label: 'Employer', children: nameIn(options?.employers, user.employerId) },
    {
      key: 'caseOwner',
      label: 'Case owner',
      children:
        user.caseOwnerId === null ? 'No owner' : nameIn(options?.caseOwners, user.caseOwnerId),
    },
    { key: 'programme', label: 'Programme', children: nameIn(programmes, user.programmeId) },
    {
      key: 'groups',
      label: 'Groups',
      children: user.groups.map((group) => `${group.name} (${group.id})`).join(', ') || dash,
    },
    {
      key: 'status',
      label: 'Subscription status',
      children: (
        <Space size={4} wrap>
          <StatusTag status={user.subscriptionStatus} />
          {user.locked && <Tag color="#a8071a">Locked</Tag>}
          {user.suspended && <Tag color="#ad4e00">Suspended</Tag>}
        </Space>
      ),
    },
    {
      key: 'ends',
      label: 'Subscription ends',
      children: formatDate(user.subscriptionEndsOn) || 'No end date',
    },
    { key: 'reference', label: 'Reference number', children: user.referenceNumber ?? dash },
    // What Add Employer sets, so the details can be reviewed before the invitation.
    ...(user.type === 'employer'
      ? [
          { key: 'title', label: 'Title', children: user.title ?? dash },
          {
            key: 'roles',
            label: 'Roles',
            children: user.employerRoles.map((role) => ROLE_LABELS[role]).join(', ') || dash,
          },
        ]
      : []),
    { key: 'created', label: 'Created', children: formatDate(user.createdAt) },
  ];
  return <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" items={items} />;
}

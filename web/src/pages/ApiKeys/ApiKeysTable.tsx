import { Button, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ApiKey } from '../../api/api-keys';

interface Props {
  keys: ApiKey[] | undefined;
  loading: boolean;
  revokingId: number | null;
  onRevoke: (key: ApiKey) => void;
}

const dateTime = (iso: string) => dayjs(iso).format('DD/MM/YYYY HH:mm');

/** The administrator's keys, newest first; a revoked key stays listed with its date. */
export function ApiKeysTable({ keys, loading, revokingId, onRevoke }: Props) {
  return (
    <Table<ApiKey>
      rowKey="id"
      loading={loading}
      dataSource={keys}
      pagination={false}
      scroll={{ x: 'max-content' }}
      // antd greys its empty text below 4.5:1; the secondary text colour of our theme passes.
      locale={{
        emptyText: <Typography.Text type="secondary">You have no API keys yet.</Typography.Text>,
      }}
      columns={[
        { title: 'Name', key: 'name', rowScope: 'row', render: (_, key) => key.name },
        { title: 'Created', key: 'createdAt', render: (_, key) => dateTime(key.createdAt) },
        {
          title: 'Status',
          key: 'status',
          render: (_, key) =>
            key.revokedAt ? (
              <Tag color="#434343">Revoked {dateTime(key.revokedAt)}</Tag>
            ) : (
              <Tag color="#237804">Active</Tag>
            ),
        },
        {
          title: 'Actions',
          key: 'actions',
          render: (_, key) =>
            key.revokedAt ? null : (
              <Popconfirm
                title={`Revoke the key “${key.name}”?`}
                description="Programs using it are refused from now on. This cannot be undone."
                okText="Revoke key"
                okButtonProps={{ danger: true }}
                cancelText="Keep it"
                onConfirm={() => onRevoke(key)}
              >
                <Button danger aria-label={`Revoke ${key.name}`} loading={revokingId === key.id}>
                  Revoke
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}

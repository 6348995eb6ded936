import { Alert, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ImportStatus, type ImportSummary, useImportHistory } from '../../api/imports';
import { formatDateTime } from '../../components/dates';
import { countsSummary, modeLabels, statusLabels } from './import-labels';

/** Dark shades, as in VerdictTag: text above 4.5:1 on the tag's tint. */
const statusColours: Record<ImportStatus, string> = {
  uploaded: '#595959',
  previewing: '#0958d9',
  previewed: '#ad4e00',
  committing: '#0958d9',
  committed: '#237804',
  failed: '#a8071a',
};

const PAGE_SIZE = 10;

/** The organisation's uploads, newest first: an import left running is found again here. */
export function ImportHistory() {
  const [page, setPage] = useState(1);
  const history = useImportHistory(page, PAGE_SIZE);
  return (
    <Card title={<h2 className="card-heading">Earlier uploads</h2>}>
      {history.isError && (
        <Alert type="error" showIcon title={history.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<ImportSummary>
        rowKey={(item) => String(item.id)}
        size="middle"
        loading={history.isFetching && !history.data}
        dataSource={history.data?.items}
        scroll={{ x: 800 }}
        locale={{ emptyText: <span style={{ color: '#595959' }}>No files uploaded yet.</span> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: history.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: 'File',
            key: 'file',
            render: (_, item) => (
              <Link to={`/users/imports/${encodeURIComponent(String(item.id))}`}>
                {item.fileName}
              </Link>
            ),
          },
          {
            title: 'Uploaded',
            key: 'createdAt',
            className: 'no-wrap',
            render: (_, item) => formatDateTime(item.createdAt),
          },
          { title: 'By', key: 'createdBy', render: (_, item) => item.createdBy?.name ?? '' },
          { title: 'What it does', key: 'mode', render: (_, item) => modeLabels[item.mode] },
          {
            title: 'Status',
            key: 'status',
            render: (_, item) => (
              <Tag color={statusColours[item.status]} data-status={item.status}>
                {statusLabels[item.status]}
              </Tag>
            ),
          },
          {
            title: 'Rows',
            key: 'counts',
            render: (_, item) => countsSummary(item.counts, item.status === 'committed'),
          },
        ]}
      />
    </Card>
  );
}

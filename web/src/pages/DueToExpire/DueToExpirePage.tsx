import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Radio, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type DueUser, dueToExpireCsvHref, useDueToExpire } from '../../api/due-to-expire';
import { BulkActionDialog } from '../../components/BulkAction/BulkActionDialog';
import { usersCount } from '../../components/BulkAction/bulk-action-labels';
import { useRowChoice } from '../../components/BulkAction/use-row-choice';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../components/dates';
import { EmailText } from '../../components/EmailText';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { usePageTitle } from '../../components/usePageTitle';
import { nextDays, paramsFrom, WINDOW_DAYS, windowFrom } from './due-window';

const PAGE_SIZE = 20;

/** Accounts whose end date falls in a window, to extend before they expire (or let them go). */
export function DueToExpirePage() {
  usePageTitle('Due to expire');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address is the identity of the view.
  const window = useMemo(() => windowFrom(params), [key]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const due = useDueToExpire({ from: window.from, to: window.to, page, pageSize: PAGE_SIZE });
  const choice = useRowChoice(due.data?.items ?? []);
  const [extending, setExtending] = useState(false);
  const [ranging, setRanging] = useState(window.days === undefined);

  const show = (next: typeof window, nextPage = 1) => {
    if (nextPage === 1) choice.clear();
    setParams(paramsFrom(next, nextPage));
  };

  return (
    <>
      <PageHeading
        title="Due to expire"
        extra={
          <a href={dueToExpireCsvHref({ from: window.from, to: window.to })} download>
            <DownloadOutlined aria-hidden="true" /> Export to CSV
          </a>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" role="search" aria-label="End dates to show">
          <Form.Item label="End date within" style={{ marginBottom: ranging ? 16 : 0 }}>
            <Radio.Group
              optionType="button"
              value={ranging ? 'range' : window.days}
              onChange={(event) => {
                const value: unknown = event.target.value;
                if (value === 'range') setRanging(true);
                else if (typeof value === 'number') {
                  setRanging(false);
                  show(nextDays(value));
                }
              }}
              options={[
                ...WINDOW_DAYS.map((days) => ({ value: days, label: `Next ${days} days` })),
                { value: 'range', label: 'Dates…' },
              ]}
            />
          </Form.Item>
          {ranging && (
            <Form.Item label="From and to" htmlFor="due-range" style={{ marginBottom: 0 }}>
              <DatePicker.RangePicker
                id={{ start: 'due-range' }}
                format={DATE_FORMAT}
                placeholder={['dd/mm/yyyy', 'dd/mm/yyyy']}
                value={[dayjs(window.from), dayjs(window.to)]}
                allowClear={false}
                onChange={(range) => {
                  const from = toIsoDate(range?.[0]);
                  const to = toIsoDate(range?.[1]);
                  if (from && to) show({ from, to });
                }}
              />
            </Form.Item>
          )}
        </Form>
      </Card>
      {due.isError && (
        <Alert type="error" showIcon title={due.error.message} style={{ marginBottom: 16 }} />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{usersCount(choice.ids.length)} chosen</span>
        {!choice.pageChosen && (
          <Button type="link" onClick={choice.choosePage} disabled={!due.data?.items.length}>
            Choose every user on this page
          </Button>
        )}
        {choice.ids.length > 0 && (
          <>
            <Button type="link" onClick={choice.clear}>
              Clear the choice
            </Button>
            <Button type="primary" onClick={() => setExtending(true)}>
              Extend end date
            </Button>
          </>
        )}
      </Space>
      {extending && (
        <BulkActionDialog
          action="extend"
          target={{ userIds: choice.ids }}
          count={choice.ids.length}
          groupIds={choice.groupIds}
          onClose={() => {
            setExtending(false);
            choice.clear();
          }}
        />
      )}
      <Table<DueUser>
        rowKey="id"
        dataSource={due.data?.items}
        loading={due.isFetching}
        scroll={{ x: 800 }}
        locale={{ emptyText: 'No account ends in these dates.' }}
        rowSelection={choice.rowSelection}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: due.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total, [from, to]) => `${from}–${to} of ${total} users`,
          onChange: (next) => show(window, next),
        }}
        columns={[
          {
            title: 'Name',
            key: 'name',
            render: (_, u) => <Link to={`/users/${u.id}`}>{`${u.surname}, ${u.firstName}`}</Link>,
          },
          {
            title: 'Email',
            key: 'email',
            render: (_, u) => (u.email ? <EmailText email={u.email} /> : '—'),
          },
          {
            title: 'Groups',
            key: 'groups',
            render: (_, u) => u.groups.map((g) => g.name).join(', '),
          },
          {
            title: 'Status',
            key: 'status',
            render: (_, u) => <StatusTag status={u.subscriptionStatus} />,
          },
          {
            title: 'Ends on',
            key: 'endsOn',
            render: (_, u) => <span data-testid="ends-on">{formatDate(u.subscriptionEndsOn)}</span>,
          },
        ]}
      />
    </>
  );
}

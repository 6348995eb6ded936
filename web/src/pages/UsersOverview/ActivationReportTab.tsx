import {
  Alert,
  Card,
  Col,
  DatePicker,
  Form,
  Row,
  Space,
  Statistic,
  type StatisticProps,
  Table,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type ActivationReport,
  type ActivationWindow,
  reportCsvHref,
  useActivationReport,
} from '../../api/reports';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../components/dates';
import { CsvLink } from './CsvLink';
import { usersGridLink } from './overview-links';

type Day = ActivationReport['days'][number];

/** Invitations sent and accounts activated, day by day in a window (the last 30 days at first). */
export function ActivationReportTab({ groupIds }: { groupIds: number[] }) {
  const [window, setWindow] = useState<ActivationWindow>({});
  const report = useActivationReport(groupIds, window);
  const data = report.data;
  const busyDays = (data?.days ?? []).filter((day) => day.invited > 0 || day.activated > 0);
  const figures: { title: string; value: number; formatter?: StatisticProps['formatter'] }[] = [
    { title: 'Invited in these days', value: data?.invited ?? 0 },
    { title: 'Activated in these days', value: data?.activated ?? 0 },
    {
      title: 'Waiting to activate today',
      value: data?.pending ?? 0,
      formatter: (value) => (
        <Link
          to={usersGridLink({ status: 'Invited' }, groupIds)}
          aria-label={`${value} users waiting to activate`}
          data-testid="activation-pending"
        >
          {value}
        </Link>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Form layout="inline" aria-label="Report window">
        <Form.Item label="Days" htmlFor="activation-window">
          <DatePicker.RangePicker
            id={{ start: 'activation-window', end: 'activation-window-end' }}
            format={DATE_FORMAT}
            allowEmpty={[false, false]}
            value={data ? [fromIsoDate(data.from), fromIsoDate(data.to)] : null}
            onChange={(range) =>
              setWindow({
                from: toIsoDate(range?.[0]) ?? undefined,
                to: toIsoDate(range?.[1]) ?? undefined,
              })
            }
          />
        </Form.Item>
        <Form.Item>
          <CsvLink href={reportCsvHref('activations', { groupId: groupIds, ...window })}>
            Download the activation report (CSV)
          </CsvLink>
        </Form.Item>
      </Form>
      {report.isError && <Alert type="error" showIcon title={report.error.message} />}
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col key={figure.title} xs={24} md={8}>
            <Card>
              <Statistic
                title={figure.title}
                value={figure.value}
                loading={report.isPending}
                formatter={figure.formatter}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<Day>
        aria-label="Invitations and activations by day"
        rowKey="date"
        size="small"
        loading={report.isFetching}
        dataSource={busyDays}
        locale={{ emptyText: 'No invitations or activations in these days' }}
        pagination={{ pageSize: 31, hideOnSinglePage: true }}
        columns={[
          { title: 'Date', key: 'date', rowScope: 'row', render: (_, day) => formatDate(day.date) },
          { title: 'Invitations sent', dataIndex: 'invited', align: 'right' },
          { title: 'Activations', dataIndex: 'activated', align: 'right' },
        ]}
      />
    </Space>
  );
}

/**
 * The overview's charts, loaded apart from the rest of the app (recharts is large): users of
 * each group by subscription status, and invitations and activations over the last 30 days.
 * Each chart has its figures in a report tab too, for anyone who cannot see it.
 */
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useActivationReport, useGroupsReport } from '../../api/reports';
import { SUBSCRIPTION_STATUSES } from '../../api/types';
import { formatDate } from '../../components/dates';
import { statusLabels } from '../../components/StatusTag';

/** One colour a status, dark enough on white for text and marks alike. */
const STATUS_COLOURS = {
  Prospect: '#6b6b6b',
  Invited: '#0958d9',
  FullUser: '#237804',
  Expired: '#ad4e00',
  Cancelled: '#a8071a',
  Archived: '#391085',
} as const;

const NO_WINDOW = {};

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  const captionId = useId();
  return (
    <Card>
      <figure aria-labelledby={captionId} style={{ margin: 0 }}>
        <figcaption id={captionId}>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            {title}
          </Typography.Title>
        </figcaption>
        {children}
      </figure>
    </Card>
  );
}

function StatusByGroup({ groupIds }: { groupIds: number[] }) {
  const report = useGroupsReport(groupIds);
  const rows = (report.data?.items ?? []).map((item) => ({
    name: `${item.name} (${item.groupId})`,
    ...item.byStatus,
  }));
  return (
    <ChartCard title="Status by group">
      {rows.length === 0 ? (
        <Empty description={report.isPending ? 'Loading' : 'No groups'} />
      ) : (
        <ResponsiveContainer width="100%" height={80 + rows.length * 36}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={180} />
            <Tooltip />
            <Legend />
            {SUBSCRIPTION_STATUSES.map((status) => (
              <Bar
                key={status}
                dataKey={status}
                name={statusLabels[status]}
                stackId="users"
                fill={STATUS_COLOURS[status]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}

function ActivationsOverTime({ groupIds }: { groupIds: number[] }) {
  const report = useActivationReport(groupIds, NO_WINDOW);
  const days = (report.data?.days ?? []).map((day) => ({ ...day, label: formatDate(day.date) }));
  return (
    <ChartCard title="Activations over the last 30 days">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={days} margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" minTickGap={24} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="invited" name="Invitations sent" fill={STATUS_COLOURS.Invited} />
          <Bar dataKey="activated" name="Activations" fill={STATUS_COLOURS.FullUser} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export default function OverviewCharts({ groupIds }: { groupIds: number[] }) {
  return (
    <Row gutter={[24, 24]} style={{ marginTop: 24 }} data-testid="overview-charts">
      <Col xs={24} xl={12}>
        <StatusByGroup groupIds={groupIds} />
      </Col>
      <Col xs={24} xl={12}>
        <ActivationsOverTime groupIds={groupIds} />
      </Col>
    </Row>
  );
}

import { Button, Col, DatePicker, Form, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDIT_ACTION_LABELS } from '../../../src/domain/audit-actions';
import { useAdministrators } from '../api/administrators';
import type { AuditFilters as Filters } from '../api/audit';
import { DATE_FORMAT, toIsoDate } from './dates';

interface FormValues {
  action?: string;
  actorId?: number;
  days?: [Dayjs | null, Dayjs | null] | null;
}

interface Props {
  /** A person to offer as the actor besides the administrators (the profile's own user). */
  self?: { id: number; name: string };
  onSearch: (filters: Pick<Filters, 'action' | 'actorId' | 'from' | 'to'>) => void;
}

const actionOptions = Object.entries(AUDIT_ACTION_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** Action, who did it and the days: nothing applies until Search; Reset clears them. */
export function AuditFilters({ self, onSearch }: Props) {
  const [form] = Form.useForm<FormValues>();
  const administrators = useAdministrators();
  const actors = [
    ...(self ? [{ value: self.id, label: `${self.name} (themselves)` }] : []),
    ...(administrators.data?.items ?? []).map((admin) => ({
      value: admin.id,
      label: `${admin.firstName} ${admin.surname}`,
    })),
  ];
  const search = (values: FormValues) =>
    onSearch({
      action: values.action,
      actorId: values.actorId,
      from: toIsoDate(values.days?.[0]) ?? undefined,
      to: toIsoDate(values.days?.[1]) ?? undefined,
    });
  return (
    <Form
      form={form}
      name="auditFilters"
      layout="vertical"
      onFinish={search}
      role="search"
      aria-label="Filter audit entries"
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="Action" name="action">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="--Any--"
              options={actionOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Done by" name="actorId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="--Anyone--"
              options={actors}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Between" name="days">
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              placeholder={['dd/mm/yyyy', 'dd/mm/yyyy']}
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit">
          Search
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          Reset
        </Button>
      </Space>
    </Form>
  );
}

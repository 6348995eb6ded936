import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { AccessCodeFilters, AccessCodeStatus } from '../../api/access-codes';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../components/dates';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { statusOptions } from './labels';

interface FormValues {
  code?: string;
  groupIds?: number[];
  status?: AccessCodeStatus;
  activatedFrom?: Dayjs | null;
  activatedTo?: Dayjs | null;
  issuedFrom?: Dayjs | null;
  issuedTo?: Dayjs | null;
  creatorEmail?: string;
}

interface Props {
  value: AccessCodeFilters;
  onSearch: (filters: AccessCodeFilters) => void;
  onReset: () => void;
}

const toForm = (value: AccessCodeFilters): FormValues => ({
  ...value,
  activatedFrom: fromIsoDate(value.activatedFrom),
  activatedTo: fromIsoDate(value.activatedTo),
  issuedFrom: fromIsoDate(value.issuedFrom),
  issuedTo: fromIsoDate(value.issuedTo),
});

const fromForm = (values: FormValues): AccessCodeFilters => ({
  code: values.code,
  groupIds: values.groupIds,
  status: values.status,
  creatorEmail: values.creatorEmail,
  activatedFrom: toIsoDate(values.activatedFrom) ?? undefined,
  activatedTo: toIsoDate(values.activatedTo) ?? undefined,
  issuedFrom: toIsoDate(values.issuedFrom) ?? undefined,
  issuedTo: toIsoDate(values.issuedTo) ?? undefined,
});

const datePicker = (
  <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
);

/** The seed's filter area: nothing applies until Search; Reset goes back to the defaults. */
export function AccessCodesFilters({ value, onSearch, onReset }: Props) {
  const [form] = Form.useForm<FormValues>();

  // Back, Forward and Reset change the address; the form follows it.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toForm(value));
  }, [form, value]);

  return (
    <Card style={{ marginBottom: 16 }}>
      <Form
        form={form}
        name="accessCodeFilters"
        layout="vertical"
        onFinish={(values) => onSearch(fromForm(values))}
        role="search"
        aria-label="Filter access codes"
      >
        <Row gutter={16}>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Code" name="code">
              <Input allowClear maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Group" name="groupIds">
              <GroupTreeSelect placeholder="Select groups" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Status" name="status">
              <Select allowClear placeholder="--Any--" options={statusOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Creator email" name="creatorEmail">
              <Input allowClear maxLength={320} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={6}>
            <Form.Item label="Activated from" name="activatedFrom">
              {datePicker}
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={6}>
            <Form.Item label="Activated to" name="activatedTo">
              {datePicker}
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={6}>
            <Form.Item label="Issued from" name="issuedFrom">
              {datePicker}
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={6}>
            <Form.Item label="Issued to" name="issuedTo">
              {datePicker}
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit">
            Search
          </Button>
          <Button onClick={onReset}>Reset</Button>
        </Space>
      </Form>
    </Card>
  );
}

import { Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { statusOptions, typeOptions } from './labels';
import type { UserFilters } from './users-search';

interface Props {
  value: UserFilters;
  onSearch: (filters: UserFilters) => void;
  onReset: () => void;
}

/** The filter area: nothing applies until Search; Reset goes back to no filter. */
export function UsersFilters({ value, onSearch, onReset }: Props) {
  const [form] = Form.useForm<UserFilters>();

  // Back, Forward and Reset change the address; the form follows it.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(value);
  }, [form, value]);

  return (
    <Card className="users-filters">
      <Form
        form={form}
        name="userFilters"
        layout="vertical"
        onFinish={onSearch}
        role="search"
        aria-label="Filter users"
      >
        <Row gutter={16}>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Name or email" name="q">
              <Input allowClear maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Type" name="type">
              <Select allowClear placeholder="Any" options={typeOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Subscription status" name="status">
              <Select allowClear placeholder="Any" options={statusOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Form.Item label="Groups" name="groupIds">
              <GroupTreeSelect />
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

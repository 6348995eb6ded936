import { Form, Radio, Table, type TableProps } from 'antd';
import {
  type FieldSetting,
  LEARNER_FIELD_LABELS,
  LEARNER_OPTIONAL_FIELDS,
  type LearnerOptionalField,
} from '../../api/tenant';

const choices: { value: FieldSetting; label: string }[] = [
  { value: 'hidden', label: 'Hidden' },
  { value: 'visible', label: 'Shown' },
  { value: 'mandatory', label: 'Required' },
];

interface Row {
  key: LearnerOptionalField;
  label: string;
}

const rows: Row[] = LEARNER_OPTIONAL_FIELDS.map((key) => ({
  key,
  label: LEARNER_FIELD_LABELS[key],
}));

const labelId = (key: LearnerOptionalField) => `field-setting-${key}`;

const columns: NonNullable<TableProps<Row>['columns']> = [
  {
    title: 'Field',
    key: 'label',
    rowScope: 'row',
    render: (_, row) => <span id={labelId(row.key)}>{row.label}</span>,
  },
  {
    title: 'On learner forms',
    key: 'setting',
    render: (_, row) => (
      <Form.Item name={['settings', 'fields', row.key]} style={{ marginBottom: 0 }}>
        <Radio.Group
          name={labelId(row.key)}
          aria-labelledby={labelId(row.key)}
          optionType="button"
          options={choices}
        />
      </Form.Item>
    ),
  },
];

/**
 * One row per optional learner field, each hidden, shown or required on the forms where
 * administrators create and edit learners. Each row's choices are named by the field's label.
 */
export function FieldSettingsTable() {
  return (
    <Table<Row>
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
    />
  );
}

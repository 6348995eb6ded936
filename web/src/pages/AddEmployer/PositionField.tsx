import { Form, Select } from 'antd';
import { useState } from 'react';
import { usePositions } from '../../api/employers';
import type { PositionChoice } from './add-employer-values';

const POSITION_MAX = 100;

interface Props {
  id?: string;
  value?: PositionChoice | null;
  onChange?: (value: PositionChoice | null) => void;
}

/**
 * The tenant's positions; typing a title that is not listed offers to add it. A new title is
 * kept as text and created, for the whole organisation, when the employer is saved.
 */
function PositionSelect({ id, value, onChange }: Props) {
  const positions = usePositions();
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const listed = (positions.data?.items ?? []).map((one) => ({ value: one.id, label: one.title }));
  const known = (title: string) =>
    listed.some((one) => one.label.toLowerCase() === title.toLowerCase());
  const options: { value: PositionChoice; label: string }[] = [...listed];
  if (typeof value === 'string' && !known(value)) options.push({ value, label: `${value} (new)` });
  if (typed && !known(typed) && typed !== value)
    options.push({ value: typed, label: `Add “${typed}”` });
  return (
    <Select<PositionChoice>
      id={id}
      allowClear
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        optionFilterProp: 'label',
        // "Add …" stays offered whatever was typed.
        filterOption: (input, option) =>
          option?.value === typed ||
          String(option?.label ?? '')
            .toLowerCase()
            .includes(input.toLowerCase()),
      }}
      options={options}
      value={value ?? undefined}
      loading={positions.isPending}
      placeholder="Choose, or type a new position"
      notFoundContent={positions.isError ? 'Positions could not be loaded' : 'No positions yet'}
      onChange={(next) => {
        setSearch('');
        onChange?.(next ?? null);
      }}
    />
  );
}

export function PositionField() {
  return (
    <Form.Item
      name="position"
      label="Position"
      extra="Optional. A new position is offered to every employer and administrator from now on."
      rules={[
        {
          validator: async (_, value: PositionChoice | null | undefined) => {
            if (typeof value === 'string' && value.length > POSITION_MAX)
              throw new Error(`Use at most ${POSITION_MAX} characters.`);
          },
        },
      ]}
    >
      <PositionSelect />
    </Form.Item>
  );
}

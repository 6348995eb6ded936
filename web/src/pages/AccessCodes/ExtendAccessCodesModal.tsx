import { Alert, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useExtendAccessCodes } from '../../api/access-codes';
import { DATE_FORMAT, toIsoDate } from '../../components/dates';
import { showServerErrors } from '../../components/server-errors';

interface Props {
  ids: number[];
  open: boolean;
  onClose: (done?: string) => void;
}

/** Chooses the last day the selected (unused) codes work; expired ones work again. */
export function ExtendAccessCodesModal({ ids, open, onClose }: Props) {
  const [form] = Form.useForm<{ expiresOn: Dayjs | null }>();
  const extend = useExtendAccessCodes();
  const [problems, setProblems] = useState<string[]>([]);
  const close = (done?: string) => {
    form.resetFields();
    setProblems([]);
    extend.reset();
    onClose(done);
  };
  const submit = async ({ expiresOn: lastDay }: { expiresOn: Dayjs | null }) => {
    const expiresOn = toIsoDate(lastDay);
    if (!expiresOn) return;
    try {
      const result = await extend.mutateAsync({ ids, expiresOn });
      const n = result.items.length;
      close(
        `Extended to ${lastDay?.format(DATE_FORMAT)}: ${n} ${n === 1 ? 'code' : 'codes'} in your groups.`,
      );
    } catch (error) {
      setProblems(showServerErrors(form, error));
    }
  };
  return (
    <Modal
      open={open}
      title="Extend access codes"
      okText="Extend"
      onOk={() => form.submit()}
      confirmLoading={extend.isPending}
      onCancel={() => close()}
      destroyOnHidden
    >
      <p>
        {ids.length} selected. Each code keeps working, in every group of yours it belongs to, until
        the end of the day you choose.
      </p>
      {problems.map((problem) => (
        <Alert key={problem} type="error" showIcon title={problem} className="form-alert" />
      ))}
      <Form form={form} name="extendAccessCodes" layout="vertical" onFinish={submit}>
        <Form.Item
          label="Last day the codes work"
          name="expiresOn"
          rules={[{ required: true, message: 'Choose the last day the codes work.' }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

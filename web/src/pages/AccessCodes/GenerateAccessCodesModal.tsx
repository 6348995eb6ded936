import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import {
  type GenerateAccessCodesRequest,
  type GenerateAccessCodesResult,
  useGenerateAccessCodes,
} from '../../api/access-codes';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { showServerErrors } from '../../components/server-errors';

interface Props {
  open: boolean;
  onClose: () => void;
}

const SEVERAL_GROUPS =
  'The same codes will be made for each group you choose: a learner who uses one joins every one of these groups. We recommend one group at a time.';

/** The "Generate access codes" form, then the codes made, ready to pass on. */
export function GenerateAccessCodesModal({ open, onClose }: Props) {
  const [form] = Form.useForm<GenerateAccessCodesRequest>();
  const generate = useGenerateAccessCodes();
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState<GenerateAccessCodesResult | null>(null);
  const groupIds = Form.useWatch('groupIds', form) ?? [];

  const close = () => {
    form.resetFields();
    setProblems([]);
    setResult(null);
    generate.reset();
    onClose();
  };

  const onFinish = (values: GenerateAccessCodesRequest) => {
    setProblems([]);
    generate.mutate(
      { ...values, quantity: String(values.quantity).trim() },
      { onSuccess: setResult, onError: (error) => setProblems(showServerErrors(form, error)) },
    );
  };

  const codes = result ? [...new Set(result.items.map((item) => item.code))] : [];

  return (
    <Modal
      open={open}
      title="Generate access codes"
      onCancel={close}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            Done
          </Button>
        ) : (
          [
            <Button key="cancel" onClick={close}>
              Cancel
            </Button>,
            <Button
              key="generate"
              type="primary"
              loading={generate.isPending}
              onClick={() => form.submit()}
            >
              Generate
            </Button>,
          ]
        )
      }
    >
      {result ? (
        <>
          <Alert
            type="success"
            showIcon
            title={`${codes.length} access code${codes.length === 1 ? '' : 's'} made (${result.items.length} records). ${result.remaining} more may be issued.`}
            style={{ marginBottom: 16 }}
          />
          {result.warnings.map((warning) => (
            <Alert
              key={warning}
              type="warning"
              showIcon
              title={warning}
              style={{ marginBottom: 16 }}
            />
          ))}
          <label htmlFor="generated-codes">
            <Typography.Text strong>Codes to pass on to learners</Typography.Text>
          </label>
          <Input.TextArea
            id="generated-codes"
            readOnly
            value={codes.join('\n')}
            autoSize={{ minRows: 3, maxRows: 12 }}
          />
        </>
      ) : (
        <Form form={form} name="generateAccessCodes" layout="vertical" onFinish={onFinish}>
          {problems.map((problem) => (
            <Alert
              key={problem}
              type="error"
              showIcon
              title={problem}
              style={{ marginBottom: 16 }}
            />
          ))}
          <Form.Item
            label="Quantity"
            name="quantity"
            extra="How many codes to make for each group chosen."
            rules={[
              { required: true, whitespace: true, message: 'Enter how many codes to make.' },
              { pattern: /^\s*\d+\s*$/, message: 'Use digits only, like 25.' },
              {
                validator: (_, value: string | undefined) =>
                  !value || !/^\s*\d+\s*$/.test(value) || Number(value) >= 1
                    ? Promise.resolve()
                    : Promise.reject(new Error('Make at least 1 code.')),
              },
            ]}
          >
            <Input inputMode="numeric" autoComplete="off" maxLength={6} />
          </Form.Item>
          <Form.Item label="Description" name="description">
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item
            label="Group"
            name="groupIds"
            rules={[{ required: true, message: 'Choose at least one group.' }]}
          >
            <GroupTreeSelect placeholder="Select groups" />
          </Form.Item>
          {groupIds.length > 1 && (
            <Alert
              type="warning"
              showIcon
              title={SEVERAL_GROUPS}
              data-testid="several-groups-warning"
            />
          )}
        </Form>
      )}
    </Modal>
  );
}

import { Alert, Button, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import {
  type EmailPreview,
  type EmailTemplate,
  type EmailTemplateRequest,
  MESSAGE_BODY_MAX,
  MESSAGE_SUBJECT_MAX,
  usePreviewEmailTemplate,
  useSaveEmailTemplate,
} from '../../api/messages';
import { formatDateTime } from '../../components/dates';
import { showServerErrors } from '../../components/server-errors';
import { TemplatePreview } from './TemplatePreview';

/** Subject and body of one template: preview as it would be sent, save, or go back to ours. */
export function TemplateForm({ template }: { template: EmailTemplate }) {
  const [form] = Form.useForm<EmailTemplateRequest>();
  const save = useSaveEmailTemplate(template.kind);
  const preview = usePreviewEmailTemplate(template.kind);
  const [shown, setShown] = useState<EmailPreview | null>(null);
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const onError = (error: unknown) => setProblems(showServerErrors(form, error));
  const onSave = (values: EmailTemplateRequest) => {
    setProblems([]);
    save.mutate(values, { onSuccess: () => setSaved(true), onError });
  };
  const onPreview = async () => {
    setProblems([]);
    const values = await form.validateFields().catch(() => null);
    if (values) preview.mutate(values, { onSuccess: setShown, onError });
  };

  return (
    <>
      <p>
        {template.customised ? (
          <Tag color="blue">Your wording</Tag>
        ) : (
          <Tag>Roster’s standard wording</Tag>
        )}
        {template.updatedAt && `Last saved ${formatDateTime(template.updatedAt)}.`}
      </p>
      <Descriptions
        title="Placeholders"
        size="small"
        column={1}
        items={template.placeholders.map((placeholder) => ({
          key: placeholder.name,
          label: <code>{`{{${placeholder.name}}}`}</code>,
          children: placeholder.meaning,
        }))}
        style={{ marginBottom: 16 }}
      />
      <Form<EmailTemplateRequest>
        form={form}
        name="emailTemplate"
        layout="vertical"
        initialValues={{ subject: template.subject, body: template.body }}
        onFinish={onSave}
        onValuesChange={() => setSaved(false)}
      >
        <Form.Item
          label="Subject"
          name="subject"
          rules={[{ required: true, whitespace: true, message: 'Enter a subject.' }]}
        >
          <Input maxLength={MESSAGE_SUBJECT_MAX} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Body"
          name="body"
          rules={[{ required: true, whitespace: true, message: 'Enter the body.' }]}
        >
          <Input.TextArea rows={12} maxLength={MESSAGE_BODY_MAX} showCount />
        </Form.Item>
        <div aria-live="polite">
          {saved && <Alert type="success" showIcon className="form-alert" title="Template saved" />}
          {problems.map((problem) => (
            <Alert key={problem} type="error" showIcon className="form-alert" title={problem} />
          ))}
        </div>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            Save template
          </Button>
          <Button onClick={onPreview} loading={preview.isPending}>
            Preview
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue(template.standard);
              setSaved(false);
            }}
          >
            Use the standard wording
          </Button>
        </Space>
      </Form>
      {shown && <TemplatePreview preview={shown} />}
    </>
  );
}

import { Card, Descriptions, Typography } from 'antd';
import type { EmailPreview } from '../../api/messages';

/**
 * The email as an example person would get it. The HTML version is shown in a sandboxed frame
 * (no scripts, no forms, no same-origin access), as a mail program would show it.
 */
export function TemplatePreview({ preview }: { preview: EmailPreview }) {
  return (
    <Card
      title={<h3 className="card-heading">Preview for an example person</h3>}
      style={{ marginTop: 24 }}
    >
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'subject', label: 'Subject', children: preview.subject }]}
      />
      <Typography.Title level={4}>As HTML</Typography.Title>
      <iframe
        title="The email as HTML"
        sandbox=""
        srcDoc={preview.html}
        style={{ width: '100%', minHeight: 220, border: '1px solid #d9d9d9' }}
      />
      <Typography.Title level={4}>As plain text</Typography.Title>
      <Typography.Paragraph className="preview-text" style={{ whiteSpace: 'pre-wrap' }}>
        {preview.text}
      </Typography.Paragraph>
    </Card>
  );
}

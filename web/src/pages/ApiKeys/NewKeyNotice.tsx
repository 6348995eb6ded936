import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import type { CreatedApiKey } from '../../api/api-keys';

interface Props {
  created: CreatedApiKey;
  onDone: () => void;
}

type CopyState = 'idle' | 'copied' | 'refused';

/** The new key's secret, shown this once: the server keeps only a hash of it. */
export function NewKeyNotice({ created, onDone }: Props) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const onCopy = () =>
    navigator.clipboard.writeText(created.key).then(
      () => setCopy('copied'),
      () => setCopy('refused'),
    );
  return (
    <Card style={{ marginBottom: 24 }}>
      <Alert
        type="warning"
        showIcon
        title={`Copy the key “${created.name}” now`}
        description="Roster shows a key only once and cannot show it again. If it is lost, revoke it and create another."
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical">
        <Form.Item label="New API key" htmlFor="new-api-key">
          <Space.Compact style={{ width: '100%' }}>
            <Input
              id="new-api-key"
              readOnly
              value={created.key}
              onFocus={(event) => event.target.select()}
              style={{ fontFamily: 'monospace' }}
            />
            <Button type="primary" onClick={onCopy}>
              {copy === 'copied' ? 'Copied' : 'Copy key'}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      <div aria-live="polite">
        {copy === 'refused' && (
          <Alert
            type="info"
            showIcon
            title="The browser did not allow copying. Select the key and copy it yourself."
            style={{ marginBottom: 16 }}
          />
        )}
      </div>
      <Button onClick={onDone}>I have copied the key</Button>
    </Card>
  );
}

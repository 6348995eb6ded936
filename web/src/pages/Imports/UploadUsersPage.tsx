import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Radio,
  TreeSelect,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useGroupTrees } from '../../api/groups';
import { type ImportMode, useStartImport } from '../../api/imports';
import type { GroupTree } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { ColumnHelp } from './ColumnHelp';
import { ImportHistory } from './ImportHistory';
import { modeLabels } from './import-labels';

interface GroupNode {
  value: number;
  title: string;
  disabled: boolean;
  children: GroupNode[];
}

const toNode = (group: GroupTree): GroupNode => ({
  value: group.id,
  title: `${group.name} (${group.id})`,
  disabled: group.accessible === false,
  children: group.children.map(toNode),
});

const modeHelp: Record<ImportMode, string> = {
  create: 'A row whose email or reference number belongs to someone already is an error.',
  update:
    'Rows find their person by email or reference number, never by name; a row that finds nobody is an error, so nobody is created by mistake.',
  upsert:
    'Rows that find a person by email or reference number update them; the others create new people.',
};

interface Values {
  defaultGroupId?: number;
  sendInvitations: boolean;
  mode: ImportMode;
}

/** Largest file the server reads, as it says in its 413 answer too. */
const MAX_MB = 50;

/**
 * Upload users: choose a CSV file and how to read it; the server reads the whole file and
 * answers with a preview (nothing is written yet). Earlier uploads are listed below.
 */
export function UploadUsersPage() {
  usePageTitle('Upload users');
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const start = useStartImport();
  const groups = useGroupTrees();
  const treeData = useMemo(() => (groups.data ?? []).map(toNode), [groups.data]);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const mode = Form.useWatch('mode', form) ?? 'create';

  const fileList: UploadFile[] = file
    ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }]
    : [];

  const submit = (values: Values) => {
    if (!file) {
      setFileError('Choose the CSV file to upload.');
      return;
    }
    start.mutate(
      {
        file,
        defaultGroupId: values.defaultGroupId,
        sendInvitations: values.sendInvitations,
        mode: values.mode,
      },
      { onSuccess: (started) => navigate(`/users/imports/${encodeURIComponent(started.id)}`) },
    );
  };

  return (
    <>
      <PageHeading title="Upload users" extra={<ColumnHelp />} />
      <Card style={{ marginBottom: 24 }}>
        <Typography.Paragraph>
          Upload a CSV file with one person on each row. Roster reads the whole file first and shows
          you what it will do with every row; nothing is saved until you choose to import.
        </Typography.Paragraph>
        {start.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title="The file could not be read"
            description={start.error.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ sendInvitations: true, mode: 'create' }}
          onFinish={submit}
          aria-label="Upload users"
        >
          <Form.Item
            label="File"
            htmlFor="import-file"
            validateStatus={fileError ? 'error' : undefined}
            help={fileError ?? `A .csv file of up to ${MAX_MB} MB.`}
          >
            <Upload.Dragger
              id="import-file"
              accept=".csv,.txt,text/csv"
              maxCount={1}
              fileList={fileList}
              beforeUpload={(chosen) => {
                setFile(chosen);
                setFileError(null);
                start.reset();
                // Nothing is sent until the form is submitted.
                return false;
              }}
              onRemove={() => {
                setFile(null);
                return true;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden="true" />
              </p>
              <p className="ant-upload-text">Choose a CSV file, or drag it here</p>
            </Upload.Dragger>
          </Form.Item>
          <Form.Item
            name="defaultGroupId"
            label="Default group"
            htmlFor="import-default-group"
            extra="Used for rows whose Group column is empty."
          >
            <TreeSelect<number>
              id="import-default-group"
              allowClear
              showSearch
              treeDefaultExpandAll
              treeNodeFilterProp="title"
              placeholder="Select a group"
              popupRender={(menu) => <div id="import-default-group_list">{menu}</div>}
              loading={groups.isPending}
              treeData={treeData}
              notFoundContent={groups.isError ? 'Groups could not be loaded' : 'No groups'}
            />
          </Form.Item>
          <Form.Item name="mode" label="What the file does" extra={modeHelp[mode]}>
            <Radio.Group
              aria-label="What the file does"
              options={(Object.keys(modeLabels) as ImportMode[]).map((value) => ({
                value,
                label: modeLabels[value],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="sendInvitations"
            valuePropName="checked"
            extra="Each new person gets an email with a link to set their password. People who are updated are not emailed."
          >
            <Checkbox>Send invitations</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={start.isPending}>
            Upload and preview
          </Button>
        </Form>
      </Card>
      <ImportHistory />
    </>
  );
}

import { DownloadOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import { templateHref } from '../../api/imports';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';

/** The "?" beside the upload form: every column of the file, what to write, and the template. */
export function ColumnHelp() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<QuestionCircleOutlined aria-hidden="true" />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
      >
        Columns of the file
      </Button>
      <Drawer
        title="Columns of the file"
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        closable={{ 'aria-label': 'Close' }}
      >
        <Typography.Paragraph>
          Put one person on each row, under a first row of column headers. Headers may be written in
          any case, with or without spaces or underscores. Columns Roster does not know are reported
          in the preview and left out.
        </Typography.Paragraph>
        <Typography.Paragraph>
          <strong>Mandatory</strong> columns must have a value on every row that creates a new
          person. A file that only updates existing people needs just the Email or the Reference
          number that finds each person, and the columns to change.
        </Typography.Paragraph>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Check that no email address has a space in it, before or after the address too."
        />
        <Typography.Paragraph>
          Save the file as CSV (in Excel: “CSV UTF-8 (Comma delimited)” or “CSV (Comma delimited)”).
          Write dates as dd/mm/yyyy.
        </Typography.Paragraph>
        <Typography.Paragraph>
          <a href={templateHref} download>
            <DownloadOutlined aria-hidden="true" /> Download the template file
          </a>
        </Typography.Paragraph>
        <Table<ImportColumn>
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={[...IMPORT_COLUMNS]}
          columns={[
            {
              title: 'Column',
              key: 'name',
              render: (_, column) => (
                <>
                  <strong>{column.name}</strong>
                  {column.aliases && column.aliases.length > 0 && (
                    <div className="import-help-aliases">
                      Also read: {column.aliases.join(', ')}
                    </div>
                  )}
                </>
              ),
            },
            {
              title: 'Mandatory',
              key: 'mandatory',
              render: (_, column) => (column.mandatory ? 'Yes' : 'No'),
            },
            {
              title: 'What to write',
              key: 'format',
              render: (_, column) => (
                <>
                  {column.format}
                  {column.example && (
                    <div className="import-help-example">
                      For example: <code>{column.example}</code>
                    </div>
                  )}
                </>
              ),
            },
          ]}
        />
      </Drawer>
    </>
  );
}

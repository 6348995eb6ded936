import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { type ImportSummary, resultsHref } from '../../api/imports';
import { countsSummary, plural, rowsToWrite } from './import-labels';

/** "N people imported", what happened to the other rows, and the results file. */
export function ImportResults({ summary }: { summary: ImportSummary }) {
  const navigate = useNavigate();
  const imported = rowsToWrite(summary.counts);
  return (
    <Card>
      <Result
        status="success"
        title={
          <h2 className="result-heading" data-testid="import-imported">
            {plural(imported, 'person', 'people')} imported
          </h2>
        }
        subTitle={<span style={{ color: '#595959' }}>{countsSummary(summary.counts, true)}.</span>}
        extra={[
          <Button key="ok" type="primary" onClick={() => navigate('/users')}>
            OK
          </Button>,
          <Button
            key="results"
            href={resultsHref(summary.id)}
            download
            icon={<DownloadOutlined aria-hidden="true" />}
          >
            Export results
          </Button>,
          <Link key="again" to="/users/imports">
            Upload another file
          </Link>,
        ]}
      />
      <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 0 }}>
        {summary.counts.error > 0
          ? `${plural(summary.counts.error, 'row was', 'rows were')} not imported because of errors. `
          : ''}
        Export results gives your own file back with a Status and a Reason column for every row.
      </Typography.Paragraph>
    </Card>
  );
}

import { Alert, App, Button, Card, Col, Flex, Radio, Row, Statistic, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { type ImportSummary, useImportRows, VERDICTS, type Verdict } from '../../api/imports';
import { ImportRowsTable } from './ImportRowsTable';
import { plural, rowsToWrite } from './import-labels';

const counters: { verdict: Verdict; title: string }[] = [
  { verdict: 'create', title: 'Will create' },
  { verdict: 'update', title: 'Will update' },
  { verdict: 'unchanged', title: 'Unchanged' },
  { verdict: 'error', title: 'Errors' },
];

const filterLabels: Record<Verdict, string> = {
  error: 'Errors',
  create: 'Will create',
  update: 'Will update',
  unchanged: 'Unchanged',
};

const isVerdict = (value: string | null): value is Verdict =>
  VERDICTS.some((verdict) => verdict === value);

const DEFAULT_PAGE_SIZE = 50;

interface Props {
  summary: ImportSummary;
  onCommit: () => Promise<unknown>;
  commitError: string | null;
}

/**
 * What the import will do, before anything is written: counts, every row with its verdict and
 * problems (filtered and paged on the server), and the Import button.
 */
export function ImportPreview({ summary, onCommit, commitError }: Props) {
  const { modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const verdictParam = params.get('verdict');
  const verdict = isVerdict(verdictParam) ? verdictParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE;
  const id = String(summary.id);
  const rows = useImportRows(id, { verdict, page, pageSize }, true);
  const { counts } = summary;
  const toWrite = rowsToWrite(counts);
  const allRows = counts.create + counts.update + counts.unchanged + counts.error;

  const go = (next: { verdict?: Verdict; page?: number; pageSize?: number }) => {
    const search = new URLSearchParams();
    if (next.verdict) search.set('verdict', next.verdict);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    if (next.pageSize && next.pageSize !== DEFAULT_PAGE_SIZE)
      search.set('pageSize', String(next.pageSize));
    setParams(search);
  };

  const confirm = () =>
    modal.confirm({
      title: `Import ${plural(toWrite, 'row', 'rows')}?`,
      content: (
        <>
          <p>
            {plural(counts.create, 'person', 'people')} will be created and{' '}
            {plural(counts.update, 'person', 'people')} updated.
          </p>
          {summary.sendInvitations !== undefined && (
            <p>
              {summary.sendInvitations
                ? 'Each new person will be emailed an invitation.'
                : 'No invitations will be sent.'}
            </p>
          )}
          {counts.error + counts.unchanged > 0 && (
            <p>
              {plural(counts.error, 'row', 'rows')} with errors and {counts.unchanged} unchanged
              will be left as they are.
            </p>
          )}
        </>
      ),
      okText: 'Import',
      cancelText: 'Cancel',
      onOk: onCommit,
    });

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {counters.map((counter) => (
          <Col key={counter.verdict} xs={12} md={6}>
            <Card>
              <Statistic
                title={counter.title}
                value={counts[counter.verdict]}
                formatter={(value) => (
                  <span data-testid={`count-${counter.verdict}`}>
                    {Number(value).toLocaleString('en-GB')}
                  </span>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {summary.unknownColumns && summary.unknownColumns.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="unknown-columns"
          title={`${plural(summary.unknownColumns.length, 'column is', 'columns are')} not read: ${summary.unknownColumns.join(', ')}`}
          description="Roster has no field with these headers, so their values are left out. If you meant one of them to be read, correct its header (the Columns of the file panel lists them) and upload the file again."
          style={{ marginBottom: 16 }}
        />
      )}
      {commitError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={commitError}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Flex wrap justify="space-between" align="center" gap={16}>
          <Typography.Paragraph style={{ margin: 0, maxWidth: 720 }}>
            {toWrite > 0
              ? 'Nothing has been saved yet. Rows with errors will be left out: put them right in your file and upload it again, or import the valid rows now.'
              : 'There is nothing to import: every row is unchanged or has an error. Put the errors right in your file and upload it again.'}
          </Typography.Paragraph>
          <Button type="primary" disabled={toWrite === 0} onClick={confirm}>
            Import {plural(toWrite, 'row', 'rows')}
          </Button>
        </Flex>
      </Card>
      <Card title={<h2 className="card-heading">Rows of the file</h2>}>
        <Radio.Group
          aria-label="Show"
          optionType="button"
          value={verdict ?? 'all'}
          onChange={(event) => {
            const value = String(event.target.value);
            go({ verdict: isVerdict(value) ? value : undefined, pageSize });
          }}
          options={[
            { value: 'all', label: `All rows (${allRows.toLocaleString('en-GB')})` },
            ...VERDICTS.slice()
              .sort((a, b) => (a === 'error' ? -1 : b === 'error' ? 1 : 0))
              .map((value) => ({
                value,
                label: `${filterLabels[value]} (${counts[value].toLocaleString('en-GB')})`,
              })),
          ]}
          style={{ marginBottom: 16 }}
        />
        {rows.isError && (
          <Alert type="error" showIcon title={rows.error.message} style={{ marginBottom: 16 }} />
        )}
        <ImportRowsTable
          data={rows.data}
          loading={rows.isFetching}
          page={page}
          pageSize={pageSize}
          onPage={(nextPage, nextSize) =>
            go({ verdict, page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize })
          }
        />
      </Card>
    </>
  );
}

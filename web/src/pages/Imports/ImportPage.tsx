import { Alert, Card, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type ImportStatus, importErrorText, useCommitImport, useImport } from '../../api/imports';
import { PageHeading } from '../../components/PageHeading';
import { PageResult } from '../../components/PageResult';
import { usePageTitle } from '../../components/usePageTitle';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { ImportResults } from './ImportResults';
import { rowsToWrite, statusLabels } from './import-labels';

/**
 * One upload, whatever stage it is at: being read, previewed (with the Import button), being
 * imported (a progress bar, polled), imported (the results), or failed. The address stays the
 * same throughout, so the page can be left and found again from Earlier uploads.
 */
export function ImportPage() {
  const { id = '' } = useParams();
  const [commitAsked, setCommitAsked] = useState(false);
  const summary = useImport(id, commitAsked);
  const commit = useCommitImport(id);
  const data = summary.data;
  const title = data ? `Upload: ${data.fileName}` : 'Upload';
  usePageTitle(title);

  if (summary.isError) {
    if (summary.error instanceof ApiError && summary.error.status === 404)
      return (
        <PageResult
          status="404"
          title="Upload not found"
          subTitle="It may belong to another organisation, or the address may be mistyped."
          extra={<Link to="/users/imports">Back to Upload users</Link>}
        />
      );
    return (
      <>
        <PageHeading title={title} />
        <Alert type="error" showIcon title={summary.error.message} />
      </>
    );
  }

  const startCommit = async () => {
    setCommitAsked(true);
    try {
      await commit.mutateAsync();
    } catch {
      setCommitAsked(false);
    }
  };

  let body: ReactNode;
  if (!data) {
    body = (
      <Card>
        <Skeleton active />
      </Card>
    );
  } else if (data.status === 'uploaded' || data.status === 'previewing') {
    body = <ImportProgress summary={data} phase="reading" />;
  } else if (data.status === 'committing') {
    body = <ImportProgress summary={data} phase="writing" />;
  } else if (data.status === 'previewed' && commitAsked) {
    // Asked to import, the job not started yet: none of the rows to write is done.
    const starting = { ...data, done: 0, total: rowsToWrite(data.counts) };
    body = <ImportProgress summary={starting} phase="writing" />;
  } else if (data.status === 'previewed') {
    body = (
      <ImportPreview
        summary={data}
        onCommit={startCommit}
        commitError={commit.isError ? commit.error.message : null}
      />
    );
  } else if (data.status === 'committed') {
    body = <ImportResults summary={data} />;
  } else {
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        title="This upload failed"
        description={
          <>
            {importErrorText(data.error) ?? 'Roster could not finish it.'}{' '}
            <Link to="/users/imports">Upload the file again</Link>.
          </>
        }
      />
    );
  }

  return (
    <>
      <PageHeading title={title} />
      {/* Tells screen-reader users when the stage changes, as the page redraws itself. */}
      <div aria-live="polite" style={visuallyHidden} data-testid="import-stage">
        {data ? stageText(data.status, commitAsked) : ''}
      </div>
      {body}
    </>
  );
}

/** Read by screen readers, not shown: the usual clip pattern. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

function stageText(status: ImportStatus, commitAsked: boolean): string {
  if (status === 'previewed' && commitAsked) return statusLabels.committing;
  return statusLabels[status];
}

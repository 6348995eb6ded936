import { Card, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportSummary } from '../../api/imports';
import { plural } from './import-labels';
import { addSample, describeTimeLeft, type ProgressSample, secondsLeft } from './time-left';

interface Props {
  summary: ImportSummary;
  /** Reading the file for the preview, or writing the rows. */
  phase: 'reading' | 'writing';
}

const n = (count: number) => count.toLocaleString('en-GB');

/** A bar of rows done out of the total, with the time left at the recent pace. */
export function ImportProgress({ summary, phase }: Props) {
  const { done, total } = summary;
  const samples = useRef<ProgressSample[]>([]);
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    samples.current = addSample(samples.current, { at: Date.now(), done });
    setLeft(secondsLeft(samples.current, total));
  }, [done, total]);

  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  const heading = phase === 'reading' ? 'Reading the file' : 'Importing';
  return (
    <Card title={<h2 className="card-heading">{heading}</h2>} data-testid="import-progress">
      <Progress
        percent={percent}
        status="active"
        aria-label={phase === 'reading' ? 'Rows read' : 'Rows imported'}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        {total > 0 ? (
          <span data-testid="import-progress-rows">
            {n(done)} of {plural(total, 'row', 'rows')} {phase === 'reading' ? 'read' : 'done'}
          </span>
        ) : (
          <span data-testid="import-progress-rows">{plural(done, 'row', 'rows')} so far</span>
        )}
        {' · '}
        <span data-testid="import-time-left">{describeTimeLeft(total > 0 ? left : null)}</span>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {phase === 'reading'
          ? 'Nothing is saved while the file is read. '
          : 'Each row is saved whole or not at all. '}
        You can leave this page: the work carries on, and you can come back to it from{' '}
        <Link to="/users/imports">Earlier uploads</Link>.
      </Typography.Paragraph>
    </Card>
  );
}

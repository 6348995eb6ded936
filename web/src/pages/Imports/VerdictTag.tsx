import { Tag } from 'antd';
import type { Verdict } from '../../api/imports';

export const verdictLabels: Record<Verdict, string> = {
  create: 'Will create',
  update: 'Will update',
  unchanged: 'Unchanged',
  error: 'Error',
};

/** Dark shades: antd draws the text in this colour on a pale tint of it, above 4.5:1. */
const colours: Record<Verdict, string> = {
  create: '#237804',
  update: '#0958d9',
  unchanged: '#595959',
  error: '#a8071a',
};

/** What the import does with a row, as a coloured tag with its words (never colour alone). */
export function VerdictTag({ verdict }: { verdict: Verdict }) {
  return (
    <Tag color={colours[verdict]} data-verdict={verdict}>
      {verdictLabels[verdict]}
    </Tag>
  );
}

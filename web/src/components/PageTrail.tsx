import { Breadcrumb } from 'antd';
import { Link } from 'react-router';

export interface Step {
  label: string;
  /** Left out for the page itself, the last step. */
  to?: string;
}

/** Where the page sits: links back up the way the person came. */
export function PageTrail({ steps }: { steps: Step[] }) {
  return (
    <nav aria-label="Breadcrumb" className="page-trail">
      <Breadcrumb
        items={steps.map((step) => ({
          key: step.label,
          title: step.to ? <Link to={step.to}>{step.label}</Link> : step.label,
        }))}
      />
    </nav>
  );
}

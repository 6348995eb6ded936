import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useCurrentSession } from './current-session';
import { PageTrail, type Step } from './PageTrail';
import { sectionOf, sectionsFor } from './sections';

interface Props {
  title: string;
  /** Pages between the section and this one, e.g. the learner's profile above Edit. */
  parents?: Step[];
  /** Beside the title: the page's main actions. */
  extra?: ReactNode;
}

/**
 * The top of every signed-in page: its title, and on a page below a section's own page the
 * breadcrumbs back up to that section (the same sections, for the same person, as the menu).
 */
export function PageHeading({ title, parents = [], extra }: Props) {
  const { user } = useCurrentSession();
  const { pathname } = useLocation();
  const section = sectionOf(pathname, sectionsFor(user));
  const below = section !== undefined && section.to !== pathname;
  return (
    <>
      {below && (
        <PageTrail
          steps={[{ label: section.title, to: section.to }, ...parents, { label: title }]}
        />
      )}
      <div className="page-heading">
        <Typography.Title level={1}>{title}</Typography.Title>
        {extra}
      </div>
    </>
  );
}

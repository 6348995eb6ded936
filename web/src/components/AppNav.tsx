import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { type Section, sectionOf } from './sections';

interface Props {
  sections: Section[];
  /** Called after an item is chosen, by pointer or keyboard (the drawer closes then). */
  onNavigate?: () => void;
}

/**
 * The menu of sections. Each item is a real link, so Tab reaches it and Enter follows it; the
 * arrow keys move between items (antd's menu focuses the link inside the item). The section of
 * the page shown is marked: `aria-current="page"` on its own page, `"true"` below it.
 */
export function AppNav({ sections, onNavigate }: Props) {
  const { pathname } = useLocation();
  const current = sectionOf(pathname, sections);
  const marked = (section: Section) => {
    if (section !== current) return undefined;
    return pathname === section.to ? 'page' : 'true';
  };
  return (
    <nav aria-label="Main" className="app-nav">
      <Menu
        mode="inline"
        tabIndex={-1}
        selectedKeys={current ? [current.to] : []}
        onClick={onNavigate}
        items={sections.map((section) => ({
          key: section.to,
          label: (
            <Link to={section.to} aria-current={marked(section)}>
              {section.title}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

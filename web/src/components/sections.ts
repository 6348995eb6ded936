/**
 * The sections of the app an administrator works in: the home page shows them as tiles, the
 * menu lists them, and breadcrumbs start from them. Which ones a person sees is decided here
 * once, by `sectionsFor`.
 */
import type { Session } from '../api/types';
import { isPlatformSupport } from './admin-role';

export interface Section {
  title: string;
  to: string;
  description: string;
  /** Shown to platform support alone. */
  supportOnly?: boolean;
  /** Shown to standard administrators alone. */
  standardOnly?: boolean;
}

export const sections: Section[] = [
  {
    title: 'Users',
    to: '/users',
    description: 'Find learners, employer users and administrators by name, group and status.',
  },
  {
    title: 'Users overview',
    to: '/users/overview',
    description: 'How many users each group holds, by subscription status.',
  },
  {
    title: 'Due to expire',
    to: '/users/due-to-expire',
    description:
      'Accounts whose end date is near: extend them before they expire, or export the list.',
  },
  {
    title: 'Upload users',
    to: '/users/imports',
    description: 'Create or update many learners at once from a CSV file, and see earlier uploads.',
  },
  {
    title: 'Access codes',
    to: '/access-codes',
    description: 'Generate codes for self-registration and see who has used them.',
  },
  {
    title: 'Organisations',
    to: '/organisations',
    description: 'Employers, learning providers and referrers.',
  },
  {
    title: 'Administrators',
    to: '/administrators',
    description: 'Add administrators and case owners, and choose the groups each can access.',
    standardOnly: true,
  },
  {
    title: 'Groups',
    to: '/groups',
    description: 'Root hierarchies and their groups: add, rename, move and delete.',
    standardOnly: true,
  },
  {
    title: 'Programmes',
    to: '/programmes',
    description:
      'Application and delivery programmes: the groups offering them, reference numbers, advice packs and custom fields.',
    standardOnly: true,
  },
  {
    title: 'Audit',
    to: '/audit',
    description: 'Who changed what and when: every edit with its fields before and after.',
    standardOnly: true,
  },
  {
    title: 'API keys',
    to: '/settings/api-keys',
    description: 'Keys that let your own programs use the Roster API on your behalf.',
    standardOnly: true,
  },
  {
    title: 'Email templates',
    to: '/settings/email-templates',
    description: 'The wording of the activation email your learners and users receive.',
    standardOnly: true,
  },
  {
    title: 'Tenants',
    to: '/tenants',
    description: 'Every training provider on Roster; add one with its first administrator.',
    supportOnly: true,
  },
  {
    title: 'Settings',
    to: '/settings',
    description: 'Organisation settings and the access-code limit.',
    supportOnly: true,
  },
];

/** The portal of learners and employer users: their own details, an employer's learners. */
export const portalSections: Section[] = [
  {
    title: 'Managed by me',
    to: '/managed-by-me',
    description: 'The learners you manage or mentor.',
  },
  { title: 'My details', to: '/my-details', description: 'Your account and your password.' },
];

/** The sections this person may use: the portal's for learners and employer users. */
export function sectionsFor(user: Session['user']): Section[] {
  if (user.type === 'employer') return portalSections;
  if (user.type === 'learner') return portalSections.filter((s) => s.to === '/my-details');
  const support = isPlatformSupport(user.adminRole);
  return sections.filter((section) =>
    section.supportOnly ? support : section.standardOnly ? !support : true,
  );
}

/** The section a page belongs to: the one whose address is the longest start of the page's. */
export function sectionOf(pathname: string, visible: Section[]): Section | undefined {
  const within = visible.filter(
    (section) => pathname === section.to || pathname.startsWith(`${section.to}/`),
  );
  return within.sort((a, b) => b.to.length - a.to.length)[0];
}

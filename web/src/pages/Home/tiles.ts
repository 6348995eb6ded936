/**
 * The tiles on the home page; `supportOnly` tiles appear for platform support alone,
 * `standardOnly` tiles for standard administrators alone.
 */
export interface Tile {
  title: string;
  to: string;
  description: string;
  supportOnly?: boolean;
  standardOnly?: boolean;
}

export const tiles: Tile[] = [
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
    title: 'API keys',
    to: '/settings/api-keys',
    description: 'Keys that let your own programs use the Roster API on your behalf.',
    standardOnly: true,
  },
  {
    title: 'Settings',
    to: '/settings',
    description: 'Organisation settings and the access-code limit.',
    supportOnly: true,
  },
];

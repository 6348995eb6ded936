import type { BulkActionName } from '../../api/bulk-actions';

/** What each bulk action is called on its button and in its dialog. */
export const bulkActionLabels: Record<BulkActionName, { button: string; done: string }> = {
  'set-case-owner': { button: 'Change case owner', done: 'Case owner changed' },
  invite: { button: 'Send invitations', done: 'Invitation sent' },
  extend: { button: 'Extend end date', done: 'End date extended' },
  unlock: { button: 'Unlock', done: 'Unlocked' },
  archive: { button: 'Archive', done: 'Archived' },
  'reassign-group': { button: 'Reassign on group', done: 'Moved' },
};

/**
 * The actions in the order their buttons show in the Users grid. Reassigning is asked on the
 * Users overview, where its two groups are chosen.
 */
export const BULK_ACTION_NAMES = (Object.keys(bulkActionLabels) as BulkActionName[]).filter(
  (name) => name !== 'reassign-group',
);

/** "1 user", "12 users". */
export const usersCount = (count: number) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? 'user' : 'users'}`;

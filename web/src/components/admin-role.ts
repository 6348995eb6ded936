import type { AdminRole } from '../api/types';

/** Platform support (the Roster team) as opposed to a training provider's own administrators. */
export const isPlatformSupport = (adminRole: AdminRole | null) => adminRole === 'support';

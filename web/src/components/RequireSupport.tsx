import type { ReactNode } from 'react';
import { NotFoundPage } from '../pages/NotFound/NotFoundPage';
import { useCurrentSession } from './current-session';

export const isPlatformSupport = (adminRole: string | null) => adminRole === 'support';

/** Pages for platform support only; anyone else sees "not found", as the API would answer. */
export function RequireSupport({ children }: { children: ReactNode }) {
  const { user } = useCurrentSession();
  return isPlatformSupport(user.adminRole) ? children : <NotFoundPage />;
}

import type { ReactNode } from 'react';
import { NotFoundPage } from '../pages/NotFound/NotFoundPage';
import { isPlatformSupport } from './admin-role';
import { useCurrentSession } from './current-session';

/** Pages for platform support only; anyone else sees "not found", as the API would answer. */
export function RequireSupport({ children }: { children: ReactNode }) {
  const { user } = useCurrentSession();
  return isPlatformSupport(user.adminRole) ? children : <NotFoundPage />;
}

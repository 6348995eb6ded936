import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { SessionContext } from './current-session';

/** Renders its children for a signed-in person; sends everyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <main className="centred">
        <Spin size="large" description="Loading Roster…" />
      </main>
    );
  }
  if (session.isError) {
    return (
      <main className="centred">
        <Result status="error" title="Roster is unavailable" subTitle={session.error.message} />
      </main>
    );
  }
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location }} />;
  return <SessionContext value={session.data}>{children}</SessionContext>;
}

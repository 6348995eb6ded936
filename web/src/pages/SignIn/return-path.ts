/**
 * Where to go after signing in: the page that sent the person here (RequireAuth puts it in the
 * router state), or home. Only same-site paths, so a crafted link cannot send them elsewhere.
 */
export function returnPath(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const { from } = state;
  if (typeof from !== 'object' || from === null) return '/';
  const pathname = 'pathname' in from && typeof from.pathname === 'string' ? from.pathname : '/';
  const search = 'search' in from && typeof from.search === 'string' ? from.search : '';
  if (!pathname.startsWith('/') || pathname.startsWith('//') || pathname === '/sign-in') return '/';
  return `${pathname}${search}`;
}

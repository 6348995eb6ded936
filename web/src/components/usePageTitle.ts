import { useEffect } from 'react';

/** Sets the browser tab title, so each page is told apart by screen readers and history. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Roster`;
  }, [title]);
}

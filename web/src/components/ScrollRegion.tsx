import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content (a grid with nothing focusable in it) is wider
 * than the screen. It takes the keyboard focus, so the arrow keys scroll it (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled.
    <section className="scroll-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

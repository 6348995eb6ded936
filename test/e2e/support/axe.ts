/**
 * Accessibility checks: axe-core injected into the page, every rule it runs by default plus the
 * rules tagged WCAG 2.2 AA (target size) and best practice that are off by default.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

interface AxeWindow {
  axe?: {
    getRules(tags: string[]): { ruleId: string; tags: string[] }[];
    run(
      context: Document,
      options: { rules: Record<string, { enabled: boolean }> },
    ): Promise<{ violations: AxeViolation[] }>;
  };
}

/** Switched on beside axe's defaults; experimental and deprecated rules stay off. */
const extraTags = ['wcag22aa', 'best-practice'];

/**
 * Pop-ups fade in and out; colours read mid-animation are not the colours a person sees. antd
 * starts its motions a frame or two after the change (rc-motion steps through frames), so one
 * look at `getAnimations()` can find nothing yet: wait until three frames in a row have no
 * finite animation running. Endless animations (spinners) are left alone, and nothing waits
 * more than three seconds.
 */
const animationsSettled = `new Promise((resolve) => {
  const deadline = performance.now() + 3000;
  let quiet = 0;
  const finite = () =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
  const look = () => {
    quiet = finite().length === 0 ? quiet + 1 : 0;
    if (quiet >= 3 || performance.now() > deadline) resolve(null);
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})`;

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(animationsSettled);
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const { axe } = globalThis as AxeWindow;
    if (!axe) throw new Error('axe-core did not load');
    const extra = axe
      .getRules(tags)
      .filter((rule) => !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'));
    const rules = Object.fromEntries(extra.map((rule) => [rule.ruleId, { enabled: true }]));
    const result = await axe.run(document, { rules });
    // Only plain data crosses back from the page.
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, extraTags);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
        .join('\n');
      return `- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
}

/** Fails with a readable list when axe finds anything on the page as it is now. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  throw new Error(
    `${violations.length} accessibility violation(s) on ${page.url()}:\n${describeViolations(violations)}`,
  );
}

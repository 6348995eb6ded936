/**
 * Accounts due to expire, and bulk actions on the Users grid: the list of end dates in a window
 * with its CSV, extending chosen users' end dates as one job with a progress bar, and changing
 * the case owner of users chosen in the grid.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { gridColumn, gridRows } from './support/grid.js';
import { menuLink } from './support/menu.js';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const ukDate = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(date);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const days = (n: number) => new Date(Date.now() + n * 86_400_000);
/** dd/mm/yyyy as a Date at midnight UTC. */
const parseUk = (text: string) => {
  const [d, m, y] = text.trim().split('/').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
};

async function reloading(path: string, action: () => Promise<unknown>) {
  const answered = page.waitForResponse((r) => r.url().includes(`/api/v1${path}?`) && r.ok());
  await action();
  await answered;
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
}

/** Ticks the first `n` rows of the grid shown; returns their names. */
async function chooseRows(n: number) {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = gridRows(page).nth(i);
    await row.getByRole('checkbox').check();
    names.push((await row.getByRole('link').first().textContent()) ?? '');
  }
  return names;
}

describe('due to expire', () => {
  test('lists the accounts ending in the next 30 days, soonest first, and passes axe', async () => {
    await reloading('/users/due-to-expire', () => menuLink(page, 'Due to expire').click());
    await page.getByRole('heading', { level: 1, name: 'Due to expire' }).waitFor();
    await expect.poll(() => page.title()).toBe('Due to expire – Roster');
    const ends = await gridColumn(page, 'Ends on');
    expect(ends.length).toBeGreaterThan(2);
    const times = ends.map((text) => parseUk(text).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(parseUk(ukDate(days(30))).getTime());
    expect(await page.getByRole('link', { name: 'Export to CSV' }).getAttribute('href')).toBe(
      `/api/v1/users/due-to-expire.csv?from=${isoDate(new Date())}&to=${isoDate(days(30))}`,
    );
    await expectNoA11yViolations(page);
  });

  test('narrows to the next 7 days, kept in the address', async () => {
    const before = await page.getByText(/ of \d+ users$/).textContent();
    await reloading('/users/due-to-expire', () =>
      page.getByText('Next 7 days', { exact: true }).click(),
    );
    expect(page.url()).toMatch(/\?days=7$/);
    const after = await page.getByText(/ of \d+ users$/).textContent();
    const count = (text: string | null) => Number(/ of (\d+) users$/.exec(text ?? '')?.[1] ?? -1);
    expect(count(after)).toBeLessThan(count(before));
    await reloading('/users/due-to-expire', () =>
      page.getByText('Next 30 days', { exact: true }).click(),
    );
  });

  test('extends two chosen accounts in one job with a progress bar; they leave the list', async () => {
    const chosen = await chooseRows(2);
    await page.getByRole('button', { name: 'Extend end date' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extend end date: 2 users' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Extend end date' }).click();
    await dialog.getByText('Choose the new end date.').waitFor();
    await dialog.getByLabel('New end date').fill(ukDate(days(365)));
    await dialog.getByLabel('New end date').press('Tab');
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({
      state: 'hidden',
    });
    await expectNoA11yViolations(page);
    const listed = page.waitForResponse(
      (r) => r.url().includes('/api/v1/users/due-to-expire?') && r.ok(),
    );
    await dialog.getByRole('button', { name: 'Extend end date' }).click();
    await dialog.getByTestId('bulk-action-progress').waitFor();
    await dialog.getByText('End date extended: 2 users. Refused: 0 users.').waitFor();
    expect(await dialog.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await listed;
    await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
    const names = await gridColumn(page, 'Name');
    for (const name of chosen) expect(names).not.toContain(name);
  });
});

describe('bulk actions in the Users grid', () => {
  test('changes the case owner of chosen users, with a result for each', async () => {
    await reloading('/users', () => menuLink(page, 'Users').click());
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await chooseRows(3);
    const bar = page.getByTestId('users-bulk-bar');
    await bar.getByText('3 users chosen').waitFor();
    await expectNoA11yViolations(page);
    await bar.getByRole('button', { name: 'Change case owner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change case owner: 3 users' });
    await dialog.getByLabel('New case owner').click();
    await page.locator('.ant-select-item-option').first().click();
    await dialog.getByRole('button', { name: 'Change case owner' }).click();
    const summary = dialog.getByTestId('bulk-action-summary');
    await summary.waitFor();
    // Administrators in the grid have no case owner: they are refused by name, not skipped.
    expect(await summary.textContent()).toMatch(
      /^Case owner changed: \d users?\. Refused: \d users?\.$/,
    );
    const count = (await dialog.getByTestId('bulk-action-count').textContent()) ?? '';
    expect(count).toBe('3 of 3 users done.');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await bar.waitFor({ state: 'detached' });
  });

  test('offers every user the filters match once the whole page is chosen', async () => {
    await page.getByRole('button', { name: 'Choose every user on this page' }).click();
    const bar = page.getByTestId('users-bulk-bar');
    await bar.getByText('10 users chosen').waitFor();
    const total = Number(
      /of (\d+) users$/.exec((await page.getByText(/ of \d+ users$/).textContent()) ?? '')?.[1],
    );
    await bar
      .getByRole('button', { name: /^Choose all [\d,]+ users that match the filters$/ })
      .click();
    await bar.getByText(`${total.toLocaleString('en-GB')} users chosen`).waitFor();
    await bar.getByRole('button', { name: 'Clear the choice' }).click();
    await bar.waitFor({ state: 'detached' });
  });
});

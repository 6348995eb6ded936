import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { gridColumn, gridRows } from './support/grid.js';
import { menuLink } from './support/menu.js';
import { pickTreeNodes } from './support/tree-select.js';

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

const rows = () => gridRows(page);
const column = (header: string) => gridColumn(page, header);

/** Does something that reloads the grid and waits until the new rows are on screen. */
async function reloading(action: () => Promise<unknown>) {
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/users?') && r.ok());
  await action();
  await answered;
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
}

/** antd's visible option (the role=option elements are its hidden screen-reader copy). */
const option = (label: string) => page.locator(`.ant-select-item-option[title="${label}"]`);

describe('the Users grid', () => {
  test('shows 10 rows a page and passes axe', async () => {
    await reloading(() => menuLink(page, 'Users').click());
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await expect.poll(() => page.title()).toBe('Users – Roster');
    expect(await rows().count()).toBe(10);
    expect(await page.getByText(/^1–10 of \d+ users$/).count()).toBe(1);
    await expectNoA11yViolations(page);
  });

  test('pages through the list and keeps the page in the address', async () => {
    const first = await column('Name');
    await reloading(() => page.getByRole('listitem', { name: '2', exact: true }).click());
    expect(page.url()).toMatch(/[?&]page=2/);
    expect(await rows().count()).toBe(10);
    expect(await column('Name')).not.toEqual(first);
    await reloading(() => page.goBack());
    expect(await column('Name')).toEqual(first);
  });

  test('filters by subscription status, then Reset clears the filter', async () => {
    await page.getByLabel('Subscription status').click();
    await option('Invited').click();
    await reloading(() => page.getByRole('button', { name: 'Search' }).click());
    expect(page.url()).toMatch(/[?&]status=Invited/);
    const statuses = await rows().locator('.ant-tag').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Invited']));
    await expectNoA11yViolations(page);

    await reloading(() => page.getByRole('button', { name: 'Reset' }).click());
    expect(new URL(page.url()).search).toBe('');
    expect(await rows().count()).toBe(10);
    expect(await page.getByLabel('Subscription status').inputValue()).toBe('');
  });

  test('sorts on the server when a column header is clicked', async () => {
    await reloading(() => page.getByRole('columnheader', { name: /Email/ }).click());
    expect(page.url()).toMatch(/sort=email&order=asc/);
    const ascending = await column('Email');
    await reloading(() => page.getByRole('columnheader', { name: /Email/ }).click());
    expect(page.url()).toMatch(/sort=email&order=desc/);
    const descending = await column('Email');
    expect(ascending[0]).not.toEqual(descending[0]);
    const lower = (list: string[]) => list.map((email) => email.toLowerCase());
    expect(lower(ascending)).toEqual([...lower(ascending)].sort());
    // The pointer still rests on the header, so its sort tooltip is part of this check.
    await expectNoA11yViolations(page);
  });

  test('filters by group through the tree, which passes axe', async () => {
    await page.getByLabel('Groups').click();
    await page.locator('.ant-select-tree').waitFor();
    await expectNoA11yViolations(page);
    await pickTreeNodes(page, ['Department of Maths (3)']);
    await page.keyboard.press('Escape');
    await reloading(() => page.getByRole('button', { name: 'Search' }).click());
    expect(page.url()).toMatch(/[?&]groupId=3/);
    const groups = await column('Groups');
    expect(groups.length).toBeGreaterThan(0);
    // A group includes its subgroups.
    for (const names of groups) expect(names).toMatch(/Department of Maths|Evening Classes/);
    await expectNoA11yViolations(page);
  });
});

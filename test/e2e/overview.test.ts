import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { gridColumn } from './support/grid.js';
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

const overviewLoaded = () =>
  page.waitForResponse((r) => r.url().includes('/api/v1/users/overview') && r.ok());

const headline = async (key: 'active' | 'invited' | 'expired') =>
  Number((await page.getByTestId(`overview-${key}`).textContent())?.replaceAll(',', ''));

const countIn = async (table: string, row: string) => {
  const cell = page.getByRole('table', { name: table }).getByRole('row', { name: row });
  return Number((await cell.getByRole('link').textContent())?.replaceAll(',', ''));
};

describe('the Users overview', () => {
  let everyone: number;

  test('counts every visible user by status and type, and passes axe', async () => {
    const loaded = overviewLoaded();
    await menuLink(page, 'Users overview').click();
    await page.getByRole('heading', { level: 1, name: 'Users overview' }).waitFor();
    await loaded;
    await expect.poll(() => page.title()).toBe('Users overview – Roster');
    everyone = await headline('active');
    expect(everyone).toBeGreaterThan(0);
    expect(await headline('invited')).toBeGreaterThan(0);
    await expectNoA11yViolations(page);
  });

  test('narrows the counts to a chosen group and keeps it in the address', async () => {
    await page.getByRole('combobox', { name: 'Groups' }).click();
    await page.locator('.ant-select-tree').waitFor();
    await expectNoA11yViolations(page);
    const loaded = overviewLoaded();
    await pickTreeNodes(page, ['Department of Maths (3)']);
    await page.keyboard.press('Escape');
    await loaded;
    expect(page.url()).toMatch(/\/users\/overview\?groupId=3$/);
    await expect.poll(() => headline('active')).toBeLessThan(everyone);
    await expectNoA11yViolations(page);

    const inMaths = await headline('active');
    await page.goto('/users/overview?groupId=3');
    await page.getByRole('heading', { level: 1, name: 'Users overview' }).waitFor();
    await expect.poll(() => headline('active')).toBe(inMaths);
    expect(await page.getByText('Department of Maths (3)').count()).toBeGreaterThan(0);
  });

  test('links each number to the Users grid filtered the same way', async () => {
    const invited = await headline('invited');
    expect(invited).toBeGreaterThan(0);
    await page.getByTestId('overview-invited').click();
    await page.getByRole('heading', { level: 1, name: 'Users', exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=Invited&groupId=3');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const statuses = await page.locator('.ant-table-tbody .ant-tag').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['Invited']));
    expect(await page.getByText(new RegExp(`of ${invited} users$`)).count()).toBe(1);

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'By type' }).waitFor();
    const learners = await countIn('By type', 'Learner');
    expect(await page.getByText(/^These counts leave out archived users/).count()).toBe(1);
    await page
      .getByRole('table', { name: 'By type' })
      .getByRole('link', { name: /Learner/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Users', exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?type=learner&groupId=3');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const types = await gridColumn(page, 'Type');
    expect(new Set(types)).toEqual(new Set(['Learner']));
    // The type counts leave archived users out, as the grid does unless asked for them.
    const summary = await page.getByText(/^\d+–\d+ of \d+ users$/).textContent();
    const total = Number(/ of (\d+) users$/.exec(summary ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(learners);
  });
});

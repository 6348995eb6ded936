import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { mainMenu, menuLink } from './support/menu.js';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');

/** What has the keyboard focus: its text, and whether it is in the menu. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      text: element?.textContent ?? '',
      inMenu: element?.closest('nav[aria-label="Main"]') !== null,
    };
  });

async function tabTo(name: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused();
    if (now.inMenu && now.text === name) return;
  }
  throw new Error(`Tab never reached ${name} in the menu`);
}

async function arrowTo(key: 'ArrowDown' | 'ArrowUp', name: string) {
  await page.keyboard.press(key);
  await expect.poll(focused).toEqual({ text: name, inMenu: true });
}

/** Enter on the focused item: that page opens, and the menu marks it as the current one. */
async function enterAndLand(name: string) {
  await page.keyboard.press('Enter');
  await heading(name).waitFor();
  await expect
    .poll(() => mainMenu(page).locator('[aria-current="page"]').allTextContents())
    .toEqual([name]);
  expect(await focused()).toEqual({ text: name, inMenu: true });
  await expectNoA11yViolations(page);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every column header of the grid, fully inside its scroll container and the viewport. */
async function headersInside(): Promise<string[]> {
  const scroller = await boxOf(page.locator('.ant-table-content'));
  expect(scroller.x + scroller.width).toBeLessThanOrEqual(1280);
  const outside: string[] = [];
  for (const header of await page.locator('.ant-table-thead th').all()) {
    if (!inside(await boxOf(header), scroller)) outside.push((await header.textContent()) ?? '');
  }
  return outside;
}

describe('a way around the app', () => {
  test('Users → Access codes → Organisations → Users overview with the keyboard alone', async () => {
    await tabTo('Users');
    await enterAndLand('Users');
    await arrowTo('ArrowDown', 'Users overview');
    await arrowTo('ArrowDown', 'Due to expire');
    await arrowTo('ArrowDown', 'Upload users');
    await arrowTo('ArrowDown', 'Access codes');
    await enterAndLand('Access codes');
    await arrowTo('ArrowDown', 'Organisations');
    await enterAndLand('Organisations');
    await arrowTo('ArrowUp', 'Access codes');
    await arrowTo('ArrowUp', 'Upload users');
    await arrowTo('ArrowUp', 'Due to expire');
    await arrowTo('ArrowUp', 'Users overview');
    await enterAndLand('Users overview');
  });

  test('at 1280 px every grid shows all its columns inside its card', async () => {
    const grids = {
      Users: ['Choose', 'Name', 'Type', 'Email', 'Groups', 'Status', 'Created', 'Actions'],
      'Access codes': [
        'Choose',
        'Code',
        'Status',
        'Registered email',
        'Description',
        'Group',
        'Date issued',
        'Date activated',
        'Creator email',
      ],
      Organisations: ['Addresses and contacts', 'Name', 'UKPRN', 'Actions'],
      'API keys': ['Name', 'Created', 'Status', 'Actions'],
      Administrators: ['Name', 'Email', 'Status', 'Groups they can access', 'Actions'],
    };
    for (const [section, columns] of Object.entries(grids)) {
      await menuLink(page, section).click();
      await heading(section).waitFor();
      await page.locator('.ant-table-thead th').first().waitFor();
      const names = await page.locator('.ant-table-thead th').allInnerTexts();
      expect(names.map((name) => name.trim().replace(/\s+/g, ' '))).toEqual(columns);
      expect(await headersInside(), section).toEqual([]);
    }
  });

  test('the pencil in the Users grid is there for learners and opens Edit User', async () => {
    await menuLink(page, 'Users').click();
    await heading('Users').waitFor();
    await rows().first().waitFor();
    const shown = await rows().evaluateAll((trs) =>
      trs.map((tr) => ({
        // The ticks for bulk actions come first, then the name, then the type.
        type: tr.children[2]?.textContent,
        pencil: tr.querySelector('a[aria-label^="Edit "]') !== null,
      })),
    );
    expect(shown.filter((row) => row.pencil).length).toBeGreaterThan(0);
    for (const row of shown) expect(row.pencil).toBe(row.type === 'Learner');

    const learner = rows()
      .filter({ has: page.locator('a[aria-label^="Edit "]') })
      .first();
    const profile = await learner.locator('td').nth(1).getByRole('link').getAttribute('href');
    const pencil = learner.getByRole('link', { name: /^Edit / });
    const name = (await pencil.getAttribute('aria-label'))?.replace(/^Edit /, '') ?? '';
    await pencil.click();
    await heading(`Edit ${name}`).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${profile}/edit`);
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await trail.getByRole('link').allTextContents()).toEqual(['Users', name]);
    expect(await menuLink(page, 'Users').getAttribute('aria-current')).toBe('true');
    await expectNoA11yViolations(page);
  });

  test('at 390 px the header stays readable and the menu opens from a button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const banner = page.getByRole('banner');
    const parts = {
      menu: banner.getByRole('button', { name: 'Menu' }),
      brand: banner.getByRole('link', { name: 'Roster' }),
      tenant: page.getByTestId('signed-in-tenant'),
      name: page.getByTestId('signed-in-as'),
      signOut: banner.getByRole('button', { name: 'Sign out' }),
    };
    expect(await parts.tenant.textContent()).toBe('Northgate Training (demo)');
    expect(await parts.name.textContent()).toBe('Ada Admin');
    const boxes = await Promise.all(Object.values(parts).map(boxOf));
    for (const [index, box] of boxes.entries()) {
      expect(inside(box, { x: 0, y: 0, width: 390, height: 0 })).toBe(true);
      for (const other of boxes.slice(index + 1)) expect(overlap(box, other)).toBe(false);
    }
    for (const text of [parts.tenant, parts.name]) {
      expect(await text.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

    await parts.menu.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await mainMenu(page).waitFor();
    await expectNoA11yViolations(page);
    await tabTo('Access codes');
    await page.keyboard.press('Enter');
    await heading('Access codes').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    await rows().first().waitFor();
    await expectNoA11yViolations(page);
  });

  test('at 390 px the Access codes grid scrolls inside its card, not the page', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const scroller = page.locator('.ant-table-content');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const last = page.getByRole('columnheader', { name: 'Creator email' });
    expect(inside(await boxOf(last), await boxOf(scroller))).toBe(false);
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(async () => inside(await boxOf(last), await boxOf(scroller))).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

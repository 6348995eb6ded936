import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { mainMenu, menuLink } from './support/menu.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const tileNames = (page: Page) => page.getByTestId('tile').getByRole('link').allTextContents();

describe('signing in', () => {
  test('a visitor is sent to the sign-in page, which passes axe', async () => {
    const page = await openPage(browser, app.baseUrl);
    await page.goto('/users');
    await page.waitForURL('**/sign-in');
    await expect.poll(() => page.title()).toBe('Sign in – Roster');
    expect(await page.getByLabel('Organisation').inputValue()).toBe('demo');
    await expectNoA11yViolations(page);
  });

  test('a wrong password shows the server’s message in an alert', async () => {
    const page = await openPage(browser, app.baseUrl);
    await page.goto('/sign-in');
    await page.getByLabel('Username or email').fill('support@demo.example');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('not right');
    expect(page.url()).toMatch(/\/sign-in$/);
    await expectNoA11yViolations(page);
  });

  test('an administrator lands on home with tiles, and the pages pass axe', async () => {
    const page = await openPage(browser, app.baseUrl);
    await signIn(page, 'admin@demo.example');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.title()).toBe('Home – Roster');
    expect(await tileNames(page)).toEqual([
      'Users',
      'Users overview',
      'Due to expire',
      'Upload users',
      'Access codes',
      'Organisations',
      'Administrators',
      'Groups',
      'Programmes',
      'Audit',
      'API keys',
      'Email templates',
    ]);
    // The menu offers what the tiles do: one decision for both.
    expect(await mainMenu(page).getByRole('link').allTextContents()).toEqual(await tileNames(page));
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count()).toBe(
      1,
    );
    await expectNoA11yViolations(page);

    await menuLink(page, 'Organisations').click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await expect.poll(() => page.title()).toBe('Organisations – Roster');
    await expectNoA11yViolations(page);

    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoA11yViolations(page);
  });

  test('platform support also sees Settings; signing out returns to sign-in', async () => {
    const page = await openPage(browser, app.baseUrl);
    await signIn(page, 'support@demo.example');
    expect(await tileNames(page)).toContain('Settings');
    expect(await tileNames(page)).toContain('Tenants');
    expect(await tileNames(page)).not.toContain('Administrators');
    expect(await tileNames(page)).not.toContain('API keys');
    expect(await mainMenu(page).getByRole('link').allTextContents()).toEqual(await tileNames(page));
    await menuLink(page, 'Settings').click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/');
    await page.waitForURL('**/sign-in');
  });

  test('after signing in, a visitor returns to the page they asked for', async () => {
    const page = await openPage(browser, app.baseUrl);
    await page.goto('/users?status=Invited');
    await page.waitForURL('**/sign-in');
    await page.getByLabel('Username or email').fill('admin@demo.example');
    await page.getByLabel('Password', { exact: true }).fill('Demo-pass-2026!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/users?status=Invited');
  });
});

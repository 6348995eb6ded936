import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { menuLink } from './support/menu.js';

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

const choices = (page: Page, field: string) =>
  page.getByRole('radiogroup', { name: field, exact: true });

const isChosen = (page: Page, field: string, choice: string) =>
  choices(page, field).getByRole('radio', { name: choice, exact: true }).isChecked();

/** Clicks the visible label, as a person does: antd hides the radio input itself. */
const choose = (page: Page, field: string, choice: string) =>
  choices(page, field).getByText(choice, { exact: true }).click();

const tenantSaved = (page: Page) =>
  page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/tenant') && r.request().method() === 'PATCH',
  );

describe('tenant settings, as platform support', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(browser, app.baseUrl);
    await signIn(page, 'support@demo.example');
  });

  test('saves a field made required and a new lockout threshold, kept after reloading', async () => {
    await menuLink(page, 'Settings').click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => page.title()).toBe('Settings – Roster');
    expect(await isChosen(page, 'Title', 'Shown')).toBe(true);
    expect(await page.getByText(/^\d[\d,]* issued of 5,000\./).count()).toBe(1);
    await expectNoA11yViolations(page);

    await choose(page, 'Title', 'Required');
    await choose(page, 'Referrer', 'Hidden');
    await page.getByLabel('Lockout threshold').fill('7');
    const saved = tenantSaved(page);
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Settings saved.').waitFor();
    await expectNoA11yViolations(page);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Learner fields' }).waitFor();
    expect(await isChosen(page, 'Title', 'Required')).toBe(true);
    expect(await isChosen(page, 'Referrer', 'Hidden')).toBe(true);
    expect(await isChosen(page, 'Mentor', 'Shown')).toBe(true);
    expect(await page.getByLabel('Lockout threshold').inputValue()).toBe('7');
  });

  test('shows the server’s message beside a value it refuses, and saves nothing', async () => {
    await page.getByLabel('Lockout threshold').fill('0');
    const refused = tenantSaved(page);
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect((await refused).status()).toBe(422);
    const item = page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('Lockout threshold') });
    await item
      .locator('.ant-form-item-explain-error')
      .getByText('At least 1 failed sign-in.')
      .waitFor();
    expect(await page.getByLabel('Lockout threshold').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Settings saved.').count()).toBe(0);
    await expectNoA11yViolations(page);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Learner fields' }).waitFor();
    expect(await page.getByLabel('Lockout threshold').inputValue()).toBe('7');
  });

  test('refuses switching console and classic access both off', async () => {
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') requests.push(r.url());
    });
    await page.getByRole('switch', { name: 'Console access' }).click();
    await page.getByRole('switch', { name: 'Classic interface' }).click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByText('Console and classic access cannot both be off', { exact: false })
      .waitFor();
    expect(requests).toEqual([]);
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Undo changes' }).click();
    expect(await page.getByRole('switch', { name: 'Console access' }).isChecked()).toBe(true);
  });
});

describe('API keys, as a standard administrator', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(browser, app.baseUrl);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'admin@demo.example');
  });

  const callApi = (key: string) =>
    fetch(`${app.baseUrl}/api/v1/users/overview`, { headers: { Authorization: `Bearer ${key}` } });

  test('creates a key, shows it once, and the key works until it is revoked', async () => {
    await menuLink(page, 'API keys').click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByText('You have no API keys yet.').waitFor();
    await expectNoA11yViolations(page);

    await page.getByLabel('Key name').fill('Nightly HR sync');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByLabel('New API key');
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^rk_/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await expectNoA11yViolations(page);
    expect((await callApi(key)).status).toBe(200);

    await page.getByRole('button', { name: 'I have copied the key' }).click();
    expect(await secret.count()).toBe(0);
    const row = page.getByRole('row', { name: /Nightly HR sync/ });
    expect(await row.getByText('Active').count()).toBe(1);
    await page.reload();
    await row.waitFor();
    expect(await page.getByText(key).count()).toBe(0);
    expect(await page.getByLabel('New API key').count()).toBe(0);

    await page.getByRole('button', { name: 'Revoke Nightly HR sync' }).click();
    await page.getByRole('button', { name: 'Revoke key' }).waitFor();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await row.getByText(/^Revoked \d\d\/\d\d\/\d{4} \d\d:\d\d$/).waitFor();
    expect((await callApi(key)).status).toBe(401);
    await expectNoA11yViolations(page);
  });

  test('asks for a name before creating a key', async () => {
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('Name the key.').waitFor();
    await expectNoA11yViolations(page);
  });
});

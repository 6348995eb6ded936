/** The API reference at /api/docs (Swagger UI) works under Roster's Content-Security-Policy. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { launchBrowser, openPage } from './support/browser.js';

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

describe('API reference', () => {
  test('renders the operations with no policy violation', async () => {
    const page = await openPage(browser, app.baseUrl);
    const response = await page.goto('/api/docs');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: /Roster API/ }).waitFor();
    await page.getByText('/api/v1/access-codes/export.csv').first().waitFor();
  });
});

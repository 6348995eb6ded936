/**
 * Chromium driven by playwright-core. playwright's own browsers cannot be downloaded here, so the
 * browser is, in order: `CHROMIUM_PATH`, the system's (Debian's `chromium`), or the one the
 * registry package `@sparticuz/chromium` carries inside itself (unpacked to /tmp on first use,
 * ~3.5 s) — so `npm install && npm test` needs nothing else on a bare machine.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import bundledChromium from '@sparticuz/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { DEMO_PASSWORD } from './app.js';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-zygote',
];

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where the browser for the tests is: see the file comment for the order. */
export async function browserExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = systemBrowsers.find((path) => existsSync(path));
  return system ?? bundledChromium.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await browserExecutable(), args });
}

/**
 * Content-Security-Policy violations seen by any page since the last check. Every test file
 * that opens a page gets the check after each test and at the end (the hooks below register
 * on the importing file's suite), so a violation fails the test that caused it.
 */
const cspViolations: string[] = [];

function expectNoCspViolations() {
  const found = cspViolations.splice(0);
  expect(found, 'Content-Security-Policy violations').toEqual([]);
}
afterEach(expectNoCspViolations);
afterAll(expectNoCspViolations);

/** A fresh page (own cookies) whose relative URLs resolve against the app. */
export async function openPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB' });
  // The page reports each violation through a binding: CDP, not subject to the policy.
  await context.exposeBinding('__rosterCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __rosterCspViolation(text: string): void })
        .__rosterCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.documentURI})`,
      );
    });
  });
  // axe-core loads as an init script (CDP, outside the policy) so that the accessibility checks
  // need no inline <script>, which the app's policy rightly refuses.
  await context.addInitScript({ path: axePath });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      cspViolations.push(message.text());
  });
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through the form and waits for the home page. */
export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
  tenant = 'demo',
) {
  await page.goto('/sign-in');
  await page.getByLabel('Organisation').fill(tenant);
  await page.getByLabel('Username or email').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Administrators land on their tiles, learners on My details, employer users on Managed by me.
  await page
    .getByRole('heading', { level: 1, name: /^(Welcome|My details|Managed by me)/ })
    .waitFor();
}

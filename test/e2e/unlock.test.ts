/** Issue 8 item 5: a locked person asks for an unlock link from the sign-in page and uses it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CaughtMail, startMailCatcher } from '../support/mail-catcher.js';
import { DEMO_PASSWORD, type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';

const EMAIL = 'admin@demo.example';
let app: RunningApp;
let browser: Browser;
let mail: Awaited<ReturnType<typeof startMailCatcher>>;

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ env: { SMTP_URL: mail.url } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mail?.close();
});

const attempt = (password: string) =>
  fetch(`${app.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'demo', username: EMAIL, password }),
  });

function unlockLink(caught: CaughtMail) {
  const text = caught.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/unlock\?token=([\w%-]+)/.exec(text);
  return `/unlock?token=${match?.[1] ?? ''}`;
}

describe('self-unlock', () => {
  test('"Locked out?" asks for a link; the emailed link unlocks the account', async () => {
    let status = 0;
    for (let i = 0; i < 5; i++) status = (await attempt('not-the-password')).status;
    expect(status).toBe(423);

    const page = await openPage(browser, app.baseUrl);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Locked out?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unlock your account' }).waitFor();
    expect(await page.getByLabel('Organisation').inputValue()).toBe('demo');
    await expectNoA11yViolations(page);
    await page.getByLabel('Username or email').fill(EMAIL);
    await page.getByRole('button', { name: 'Email me an unlock link' }).click();
    await page.getByText('Check your email').waitFor();
    await expectNoA11yViolations(page);

    await expect
      .poll(() => mail.received.some((one) => one.to.includes(EMAIL)), {
        timeout: 20_000,
      })
      .toBe(true);
    const caught = mail.received.findLast((one) => one.to.includes(EMAIL));
    if (!caught) throw new Error('no unlock email');
    await page.goto(unlockLink(caught));
    await page.getByRole('button', { name: 'Unlock my account' }).click();
    await page.getByText('Your account is unlocked').waitFor();
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Sign in to Roster' }).click();
    await signIn(page, EMAIL, DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

/**
 * Issue 12, forgotten password: "Forgot your password?" on the sign-in page emails a link to a
 * real SMTP server; the link's page sets a new password that signs in. An administrator sends
 * the same link from a user's profile.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CaughtMail, startMailCatcher } from '../support/mail-catcher.js';
import { DEMO_PASSWORD, type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage } from './support/forms.js';

const TUTOR = 'arts.tutor@demo.example';
const EMPLOYER = 'employer1@demo.example';
const NEW_PASSWORD = 'Quiet-harbour-2027';
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

async function resetLinkFor(email: string) {
  await expect
    .poll(() => mail.received.some((one) => one.to.includes(email)), { timeout: 20_000 })
    .toBe(true);
  const caught = mail.received.findLast((one: CaughtMail) => one.to.includes(email));
  const text = (caught?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/reset-password\?token=([\w%-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no reset link in the mail to ${email}`);
  return `/reset-password?token=${match[1]}`;
}

async function chooseNewPassword(page: Awaited<ReturnType<typeof openPage>>, link: string) {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Set my new password' }).click();
  await page.getByText('Your password is changed').waitFor();
  await expectNoA11yViolations(page);
}

describe('forgotten password', () => {
  test('"Forgot your password?" emails a link whose page sets a password that signs in', async () => {
    const page = await openPage(browser, app.baseUrl);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await page.getByLabel('Organisation').inputValue()).toBe('demo');
    await expectNoA11yViolations(page);
    await page.getByLabel('Username or email').fill(TUTOR);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page.getByText('Check your email').waitFor();

    await chooseNewPassword(page, await resetLinkFor(TUTOR));
    await page.getByRole('link', { name: 'Sign in to Roster' }).click();
    await signIn(page, TUTOR, NEW_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test("an administrator sends the link from the user's profile", async () => {
    const page = await openPage(browser, app.baseUrl);
    await signIn(page, 'admin@demo.example', DEMO_PASSWORD);
    const found = await apiInPage<{ items: { id: number }[] }>(
      page,
      'GET',
      `/users?email=${encodeURIComponent(EMPLOYER)}`,
    );
    const id = found.body.items[0]?.id;
    expect(id).toBeDefined();
    await page.goto(`/users/${id}`);
    await page.getByRole('button', { name: 'Send password reset' }).click();
    await page.getByText('Password reset sent').waitFor();
    await expectNoA11yViolations(page);

    const other = await openPage(browser, app.baseUrl);
    await chooseNewPassword(other, await resetLinkFor(EMPLOYER));
  });
});

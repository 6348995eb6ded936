/**
 * Issue 11: platform support creates a tenant with its first administrator on the Tenants
 * page; the administrator activates from the emailed link and signs in to the new tenant.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CaughtMail, startMailCatcher } from '../support/mail-catcher.js';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { menuLink } from './support/menu.js';

const EMAIL = 'first.admin@northgate.example';
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

function activationLink(caught: CaughtMail) {
  const text = caught.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/activate\?token=([\w%-]+)/.exec(text);
  return `/activate?token=${match?.[1] ?? ''}`;
}

describe('tenants, as platform support', () => {
  test('creates a tenant; its first administrator activates and signs in to it', async () => {
    const page = await openPage(browser, app.baseUrl);
    await signIn(page, 'support@demo.example');
    await menuLink(page, 'Tenants').click();
    await page.getByRole('heading', { level: 1, name: 'Tenants' }).waitFor();
    await page.getByRole('cell', { name: 'demo', exact: true }).waitFor();
    await expectNoA11yViolations(page);

    await page.getByLabel('Sign-in code (slug)').fill('Northgate College');
    await page.getByLabel('Name', { exact: true }).fill('Northgate College');
    await page.getByRole('button', { name: 'Create tenant and invite' }).click();
    await page.getByText('Use lowercase letters, digits and single hyphens').first().waitFor();
    await page.getByLabel('Sign-in code (slug)').fill('northgate');
    await page.getByLabel('First name').fill('Nia');
    await page.getByLabel('Surname').fill('Okafor');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByRole('button', { name: 'Create tenant and invite' }).click();
    await page.getByText('Tenant "northgate" created.').waitFor();
    await page.getByRole('cell', { name: 'northgate', exact: true }).waitFor();
    await expectNoA11yViolations(page);

    // The same slug again: the server's message beside the field.
    await page.getByLabel('Sign-in code (slug)').fill('northgate');
    await page.getByLabel('Name', { exact: true }).fill('Again');
    await page.getByLabel('First name').fill('A');
    await page.getByLabel('Surname').fill('B');
    await page.getByLabel('Email').fill('someone@else.example');
    await page.getByRole('button', { name: 'Create tenant and invite' }).click();
    await page.getByText("The slug 'northgate' is already used by another tenant").waitFor();

    await expect
      .poll(() => mail.received.some((one) => one.to.includes(EMAIL)), { timeout: 20_000 })
      .toBe(true);
    const caught = mail.received.findLast((one) => one.to.includes(EMAIL));
    if (!caught) throw new Error('no activation email');
    const fresh = await openPage(browser, app.baseUrl);
    await fresh.goto(activationLink(caught));
    await fresh.getByLabel('New password', { exact: true }).fill('Northgate-kettle-42');
    await fresh.getByLabel('Confirm new password').fill('Northgate-kettle-42');
    await fresh.getByRole('button', { name: /Activate/ }).click();
    await fresh.getByText('Your account is ready').waitFor();
    await signIn(fresh, EMAIL, 'Northgate-kettle-42', 'northgate');
    expect(new URL(fresh.url()).pathname).toBe('/');
  });
});

/**
 * Issue 11: an administrator sets the tenant up — a nested group on the Groups page (add,
 * rename, a refused delete with its reason), then an administrator with access to that one
 * subtree, who activates, signs in and can work in that subtree only.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CaughtMail, startMailCatcher } from '../support/mail-catcher.js';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { menuLink } from './support/menu.js';

const EMAIL = 'cyber.lead@demo.example';
let app: RunningApp;
let browser: Browser;
let mail: Awaited<ReturnType<typeof startMailCatcher>>;
let page: Page;

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ env: { SMTP_URL: mail.url } });
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mail?.close();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const groupNode = (p: Page, title: RegExp) =>
  p.locator('.ant-tree-title').filter({ hasText: title });

function activationLink(caught: CaughtMail) {
  const text = caught.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return `/activate?token=${/\/activate\?token=([\w%-]+)/.exec(text)?.[1] ?? ''}`;
}

describe('setting up groups and administrators', () => {
  test('adds and renames a nested group; a group with users is not deleted, and says why', async () => {
    await menuLink(page, 'Groups').click();
    await heading('Groups').waitFor();
    await groupNode(page, /^Digital Apprentices \(6\)$/).click();
    await page.getByRole('heading', { level: 2, name: 'Digital Apprentices (6)' }).waitFor();
    await expectNoA11yViolations(page);

    await page.getByLabel('New group inside this one').fill('Cyber Cohort');
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByText('Cyber Cohort added under Digital Apprentices.').waitFor();
    await groupNode(page, /^Cyber Cohort \(\d+\)$/).click();
    await page.getByLabel('Name', { exact: true }).fill('Cyber Cohort 2026');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Renamed to Cyber Cohort 2026.').waitFor();
    await groupNode(page, /^Cyber Cohort 2026 \(\d+\)$/).waitFor();

    await groupNode(page, /^Digital Apprentices \(6\)$/).click();
    await page.getByRole('button', { name: 'Delete group' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByText(/Digital Apprentices \(6\) cannot be deleted\. It has \d+ users?/)
      .waitFor();
    await expectNoA11yViolations(page);
  });

  test('adds an administrator for that subtree, who activates and can reach only it', async () => {
    await menuLink(page, 'Administrators').click();
    await heading('Administrators').waitFor();
    await page.getByRole('cell', { name: 'admin@demo.example' }).waitFor();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Add administrator' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('First name').fill('Cy');
    await dialog.getByLabel('Surname').fill('Lead');
    await dialog.getByLabel('Email', { exact: true }).fill(EMAIL);
    await dialog.getByLabel('Groups they can access').click();
    await page.keyboard.type('Cyber');
    await page
      .locator('.ant-select-tree-node-content-wrapper')
      .filter({ hasText: 'Cyber Cohort 2026' })
      .click();
    await page.keyboard.press('Escape');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Add administrator' }).click();
    await page.getByText('Cy Lead was added and invited by email.').waitFor();
    await page.getByRole('cell', { name: EMAIL }).waitFor();

    await expect
      .poll(() => mail.received.some((one) => one.to.includes(EMAIL)), { timeout: 20_000 })
      .toBe(true);
    const caught = mail.received.findLast((one) => one.to.includes(EMAIL));
    if (!caught) throw new Error('no activation email');
    const theirs = await openPage(browser, app.baseUrl);
    await theirs.goto(activationLink(caught));
    await theirs.getByLabel('New password', { exact: true }).fill('Cyber-kettle-2026');
    await theirs.getByLabel('Confirm new password').fill('Cyber-kettle-2026');
    await theirs.getByRole('button', { name: /Activate/ }).click();
    await theirs.getByText('Your account is ready').waitFor();
    await signIn(theirs, EMAIL, 'Cyber-kettle-2026');
    await menuLink(theirs, 'Groups').click();
    await theirs.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await groupNode(theirs, /^Cyber Cohort 2026 \(\d+\)$/).waitFor();
    // The whole hierarchy is shown, but only their subtree can be chosen.
    const enabled = theirs.locator(
      '.ant-tree-treenode:not(.ant-tree-treenode-disabled) .ant-tree-title',
    );
    expect(await enabled.allInnerTexts()).toEqual([
      expect.stringMatching(/^Cyber Cohort 2026 \(\d+\)$/),
    ]);
    await expect
      .poll(() => theirs.locator('.ant-tree-title', { hasText: 'Northgate College' }).count())
      .toBe(0);
    await expectNoA11yViolations(theirs);
  });
});

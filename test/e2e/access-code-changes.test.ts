/**
 * Issue 12, access codes in the browser: choose unused codes in the grid and revoke them (the
 * status then says Revoked, and used codes cannot be chosen), or extend their expiry to a day
 * typed as dd/mm/yyyy; the page and the dialog pass axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage } from './support/forms.js';

let app: RunningApp;
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  admin = await openPage(browser, app.baseUrl);
  await signIn(admin, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Opens the grid filtered to one code and waits for its rows. */
async function showCode(page: Page, code: string) {
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/access-codes?') && r.ok());
  await page.goto(`/access-codes?code=${code}`);
  await answered;
  await rows(page).first().waitFor();
}

async function generateOne(page: Page) {
  const groups = await apiInPage<{ id: number }[]>(page, 'GET', '/groups');
  const groupId = groups.body[0]?.id;
  const made = await apiInPage<{ items: { code: string }[] }>(page, 'POST', '/access-codes', {
    quantity: 1,
    groupIds: [groupId],
    description: 'browser test',
  });
  expect(made.status).toBe(201);
  return made.body.items[0]?.code ?? '';
}

const inDays = (days: number) => {
  const day = new Date(Date.now() + days * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(day.getDate())}/${two(day.getMonth() + 1)}/${day.getFullYear()}`;
};

describe('changing access codes', () => {
  test('revoke a chosen code: asked first, then shown Revoked and no longer choosable', async () => {
    const code = await generateOne(admin);
    await showCode(admin, code);
    const select = admin.getByRole('checkbox', { name: new RegExp(`Select ${code}`) });
    await select.check();
    await admin.getByRole('button', { name: 'Revoke', exact: true }).click();
    const confirm = admin.locator('.ant-popconfirm');
    await confirm.getByText(/No one will be able to register/).waitFor();
    await expectNoA11yViolations(admin);
    const done = admin.waitForResponse((r) => r.url().endsWith('/api/v1/access-codes/revoke'));
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    expect((await done).status()).toBe(200);
    await admin.getByText('Revoked: 1 code in your groups.').waitFor();
    await rows(admin).first().locator('[data-status="Revoked"]').waitFor();
    expect(await select.isDisabled()).toBe(true);
    expect(await admin.getByRole('button', { name: 'Revoke', exact: true }).isDisabled()).toBe(
      true,
    );
    await expectNoA11yViolations(admin);
  });

  test('extend a chosen code to a typed day', async () => {
    const code = await generateOne(admin);
    await showCode(admin, code);
    await admin.getByRole('checkbox', { name: new RegExp(`Select ${code}`) }).check();
    await admin.getByRole('button', { name: 'Extend expiry' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Extend access codes' });
    const day = dialog.getByLabel('Last day the codes work');
    await day.waitFor();
    await expectNoA11yViolations(admin);
    // Enter takes the typed day and sends the form, as the Extend button does.
    const done = admin.waitForResponse((r) => r.url().endsWith('/api/v1/access-codes/extend'));
    await day.click();
    await day.fill(inDays(200));
    await day.press('Enter');
    const answer = await done;
    expect(answer.status()).toBe(200);
    const [dd, mm, yyyy] = inDays(200).split('/');
    expect(JSON.parse(answer.request().postData() ?? '{}').expiresOn).toBe(`${yyyy}-${mm}-${dd}`);
    await admin.getByText(`Extended to ${inDays(200)}: 1 code in your groups.`).waitFor();
  });
});

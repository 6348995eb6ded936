import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { pickTreeNodes } from './support/tree-select.js';

let app: RunningApp;
let browser: Browser;
let admin: Page;
let codes: string[] = [];

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

const filters = () => admin.getByRole('search', { name: 'Filter access codes' });
const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Does something that reloads the grid and waits until the new rows are on screen. */
async function reloading(page: Page, action: () => Promise<unknown>) {
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/access-codes?') && r.ok());
  await action();
  await answered;
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
}

describe('access codes', () => {
  test('the Access codes page lists codes and passes axe', async () => {
    await reloading(admin, () => admin.goto('/access-codes'));
    await admin.getByRole('heading', { level: 1, name: 'Access codes' }).waitFor();
    await expect.poll(() => admin.title()).toBe('Access codes – Roster');
    for (const label of [
      'Code',
      'Group',
      'Status',
      'Activated from',
      'Activated to',
      'Issued from',
      'Issued to',
      'Creator email',
    ])
      expect(await filters().getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await admin.getByRole('link', { name: 'Export to CSV' }).getAttribute('href')).toBe(
      '/api/v1/access-codes/export.csv',
    );
    await expectNoA11yViolations(admin);
  });

  test('generates codes in a modal, warning when several groups are chosen', async () => {
    await admin.getByRole('button', { name: 'Generate' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Generate access codes' });
    await dialog.waitFor();
    await dialog.getByLabel('Quantity').fill('2x');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.getByText('Use digits only, like 25.').waitFor();
    await dialog.getByLabel('Quantity').fill('2');
    await dialog.getByLabel('Description').fill('E2E intake');
    await dialog.getByLabel('Group').click();
    await pickTreeNodes(admin, ['Department of Maths (3)', 'Digital Apprentices (6)']);
    await admin.keyboard.press('Escape');
    await admin.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({
      state: 'hidden',
    });
    await dialog.getByTestId('several-groups-warning').waitFor();
    await expectNoA11yViolations(admin);

    const answered = admin.waitForResponse(
      (r) => r.url().endsWith('/api/v1/access-codes') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Generate' }).click();
    expect((await answered).status()).toBe(201);
    const made = await dialog.getByLabel('Codes to pass on to learners').inputValue();
    codes = made.split('\n');
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    await dialog.getByText(/same 2 codes were made for each of the 2 groups/).waitFor();
    // The grid refetched when the codes were made (2 codes × 2 groups).
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rows(admin).count()).toBeGreaterThanOrEqual(4);
  });

  test('a learner registers with a code on the public page, in a fresh browser context', async () => {
    const learner = await openPage(browser, app.baseUrl);
    await learner.goto('/register/demo');
    await learner
      .getByRole('heading', { level: 1, name: 'Register with Northgate Training (demo)' })
      .waitFor();
    await expectNoA11yViolations(learner);
    await learner.getByLabel('Access code').fill('no-such-code');
    await learner.getByLabel('First name').fill('Siobhán');
    await learner.getByLabel('Surname').fill("O'Brien");
    await learner.getByLabel('Email').fill('siobhan.obrien@example.test');
    await learner.getByLabel('Password').fill('Sunny-meadow-river-7');
    await learner.getByRole('button', { name: 'Register' }).click();
    await learner
      .getByText(/We do not recognise this access code/)
      .first()
      .waitFor();
    await expectNoA11yViolations(learner);

    await learner.getByLabel('Access code').fill((codes[0] ?? '').toLowerCase());
    await learner.getByRole('button', { name: 'Register' }).click();
    await learner.getByRole('heading', { name: 'Your account is ready' }).waitFor();
    await expectNoA11yViolations(learner);
    await learner.context().close();
  });

  test('the administrator sees the code Activated, with the learner and the date', async () => {
    await filters()
      .getByLabel('Code', { exact: true })
      .fill(codes[0] ?? '');
    await reloading(admin, () => admin.getByRole('button', { name: 'Search' }).click());
    expect(admin.url()).toContain(`code=${codes[0]}`);
    expect(await rows(admin).count()).toBe(2);
    const statuses = await rows(admin).locator('[data-status]').allTextContents();
    expect(statuses.map((s) => s.trim())).toEqual(['Activated', 'Activated']);
    const email = admin.getByRole('link', { name: /siobhan\.obrien@example\.test/ }).first();
    expect(await email.getAttribute('target')).toBe('_blank');
    expect(await email.getAttribute('href')).toMatch(/^\/users\/\d+$/);
    expect(
      await admin.getByRole('link', { name: 'Department of Maths' }).getAttribute('href'),
    ).toBe('/users/overview?groupId=3');
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(
      new Date(),
    );
    expect(await rows(admin).first().textContent()).toContain(today);
    expect(await admin.getByRole('link', { name: 'Export to CSV' }).getAttribute('href')).toBe(
      `/api/v1/access-codes/export.csv?code=${codes[0]}`,
    );
    await expectNoA11yViolations(admin);
  });

  test('sorts on the server when a column header is clicked, and Reset clears the filters', async () => {
    await reloading(admin, () => admin.getByRole('button', { name: 'Reset' }).click());
    expect(new URL(admin.url()).search).toBe('');
    await reloading(admin, () => admin.getByRole('columnheader', { name: /Status/ }).click());
    expect(admin.url()).toMatch(/sort=status&order=asc/);
    const first = await rows(admin).first().locator('[data-status]').textContent();
    expect(first?.trim()).toBe('Activated');
  });
});

/**
 * Issue 11: an administrator sets up a programme on the Programmes page — offered on one group,
 * numbered from a reference template, with an advice pack and a required choice field — then
 * adds a learner on it, whose form shows the programme's pack and field and refuses the field
 * left empty; the learner gets the template's first number and keeps the value chosen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, choose, fieldError, option } from './support/forms.js';
import { menuLink } from './support/menu.js';
import { pickTreeNodes, treeNode } from './support/tree-select.js';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const GROUP = 'Digital Apprentices (6)';

describe('programmes set-up', () => {
  test('adds a programme offered on a group, with a template, an advice pack and a custom field', async () => {
    await menuLink(page, 'Programmes').click();
    await heading('Programmes').waitFor();
    await page.getByRole('cell', { name: 'Software Developer L4', exact: true }).waitFor();
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Add programme' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('Plumbing Level 3');
    await dialog.getByLabel('Offered on groups').click();
    await treeNode(page, GROUP).waitFor();
    await pickTreeNodes(page, [GROUP]);
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Number learners from a reference template').check();
    await dialog.getByLabel('Prefix').fill('PLB-');
    await dialog.getByLabel('Number of digits').fill('3');
    await dialog.getByText('The first learner gets PLB-001.').waitFor();
    await dialog.getByLabel('Standard').check();
    await dialog.getByRole('button', { name: 'Add custom field' }).click();
    await dialog.getByLabel('Name of field 1').fill('Shift pattern');
    await choose(page, 'Kind of field 1', 'Choice from a list');
    await dialog.getByLabel('Options of field 1').fill('Early\nLate');
    await dialog.getByLabel('Required').check();
    await expectNoA11yViolations(page);

    await dialog.getByRole('button', { name: 'Add programme' }).click();
    await page.getByText('Programme Plumbing Level 3 was added.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Plumbing Level 3' });
    expect(await row.textContent()).toContain('PLB-001 onwards');
    expect(await row.textContent()).toContain('Shift pattern (required)');
    expect(await row.textContent()).toContain(GROUP);
    // Every column stays on screen, inside the grid, at the page's 1280 px.
    const grid = await page.locator('.ant-table-content').boundingBox();
    const right = (grid?.x ?? 0) + (grid?.width ?? 0);
    expect(right).toBeLessThanOrEqual(1280);
    for (const header of await page.locator('.ant-table-thead th').all()) {
      const box = await header.boundingBox();
      const name = (await header.textContent()) ?? '';
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(right + 0.5);
    }
    await expectNoA11yViolations(page);
  });

  test('refuses a bad template beside its field', async () => {
    await page.getByRole('button', { name: 'Edit Plumbing Level 3' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Prefix').fill('PL B');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await fieldError(page, 'Prefix').textContent()).toBe(
      'Letters, digits and - _ / . only (no spaces).',
    );
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('adds a learner on it, with the programme’s advice pack and its required field', async () => {
    await page.goto(`${app.baseUrl}/users/new`);
    await heading('Add a learner').waitFor();
    await page.getByLabel('First name').fill('Piper');
    await page.getByLabel('Surname').fill('Wrench');
    await page.getByLabel('Email', { exact: true }).fill('piper.wrench@learners.example');
    await page.getByLabel('Male', { exact: true }).check();
    await page.getByLabel('Groups', { exact: true }).click();
    await treeNode(page, GROUP).waitFor();
    await pickTreeNodes(page, [GROUP]);
    await page.keyboard.press('Escape');
    await choose(page, 'Programme to apply', 'Plumbing Level 3 (delivery)');
    await page.getByLabel('Shift pattern').waitFor();
    await page.getByRole('radiogroup', { name: 'Advice pack' }).waitFor();
    await page.getByLabel('No', { exact: true }).check();

    await page.getByRole('button', { name: 'Create learner' }).click();
    expect(await fieldError(page, 'Shift pattern').textContent()).toBe('Choose the Shift pattern.');
    await expectNoA11yViolations(page);
    await page.getByLabel('Shift pattern').click();
    await option(page, 'Late').click();
    await page.getByRole('button', { name: 'Create learner' }).click();
    await page.waitForURL(/\/users\/\d+$/);
    await heading('Piper Wrench').waitFor();
    const id = Number(/\/users\/(\d+)$/.exec(page.url())?.[1]);
    const user = await apiInPage<{
      referenceNumber: string;
      customFields: Record<string, string>;
      advicePackMode: string;
    }>(page, 'GET', `/users/${id}`);
    expect(user.body).toMatchObject({
      referenceNumber: 'PLB-001',
      customFields: { 'shift-pattern': 'Late' },
      advicePackMode: 'default',
    });
  });

  test('a date field added later is filled on Edit User and saved as the date chosen', async () => {
    const programmes = await apiInPage<{ items: { id: number; name: string; version: number }[] }>(
      page,
      'GET',
      '/programmes',
    );
    const plumbing = programmes.body.items.find((p) => p.name === 'Plumbing Level 3');
    if (!plumbing) throw new Error('no Plumbing Level 3');
    const changed = await apiInPage(page, 'PATCH', `/programmes/${plumbing.id}`, {
      version: plumbing.version,
      customFields: [
        {
          key: 'shift-pattern',
          label: 'Shift pattern',
          kind: 'choice',
          options: ['Early', 'Late'],
          mandatory: true,
        },
        { label: 'Start date', kind: 'date' },
      ],
    });
    expect(changed.status).toBe(200);
    const id = Number(/\/users\/(\d+)$/.exec(page.url())?.[1]);
    await page.goto(`${app.baseUrl}/users/${id}/edit`);
    await heading('Edit Piper Wrench').waitFor();
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.getByLabel('Start date').fill('01/09/2026');
    // Tab, not Enter: Enter in a form's field would send the form before the check below.
    await page.getByLabel('Start date').press('Tab');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/users\/\d+$/);
    const user = await apiInPage<{ customFields: Record<string, string> }>(
      page,
      'GET',
      `/users/${id}`,
    );
    expect(user.body.customFields).toEqual({ 'shift-pattern': 'Late', 'start-date': '2026-09-01' });
  });
});

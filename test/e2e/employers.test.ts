/**
 * Employer users end to end: Create → Employer asks first and opens Add an employer; an empty
 * submit shows what is missing; an employer with two roles and a new position is created and
 * their profile opens. The page passes axe at each step, the role lists and errors included.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, choose, fieldError, option } from './support/forms.js';
import { menuLink } from './support/menu.js';
import { pickTreeNodes } from './support/tree-select.js';

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
const transferList = (title: string) =>
  page.locator('.ant-transfer-section').filter({ hasText: title });

describe('employer users', () => {
  test('Create → Employer asks first; an empty submit names every missing field', async () => {
    await menuLink(page, 'Users').click();
    await heading('Users').waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('menuitem', { name: 'Employer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/users/new-employer');
    await heading('Add an employer').waitFor();
    await expect.poll(() => page.title()).toBe('Add an employer – Roster');
    await page.getByLabel('Console (the full portal)').waitFor();
    expect(await page.getByLabel('Console (the full portal)').isChecked()).toBe(true);
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Create employer' }).click();
    await fieldError(page, 'Title').waitFor();
    const expected: [string, string][] = [
      ['Title', 'Choose the title.'],
      ['First name', 'Enter the first name.'],
      ['Surname', 'Enter the surname.'],
      ['Email', 'Enter the email address.'],
      ['Mobile', 'Enter the mobile number.'],
      ['Employer organisation', 'Choose the employer organisation.'],
      ['Employer groups', 'Choose at least one employer group.'],
    ];
    for (const [label, message] of expected) {
      expect(await fieldError(page, label).textContent(), label).toBe(message);
    }
    expect(new URL(page.url()).pathname).toBe('/users/new-employer');
    await expectNoA11yViolations(page);
  });

  test('a refused email shows beside its field', async () => {
    await choose(page, 'Title', 'Ms');
    await page.getByLabel('First name').fill('Priya');
    await page.getByLabel('Surname').fill('Shah');
    await page.getByLabel('Email', { exact: true }).fill('priya.shah@');
    await page.getByLabel('Mobile').fill('07700 900333');
    await choose(page, 'Employer organisation', 'Acme Digital Ltd');
    await page.getByLabel('Employer groups', { exact: true }).click();
    // Two groups of one hierarchy, both kept.
    await pickTreeNodes(page, ['Digital Apprentices (6)', 'Care Apprentices (7)']);
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Create employer' }).click();
    const emailError = fieldError(page, 'Email');
    await emailError.waitFor();
    expect(await emailError.textContent()).toMatch(/email/i);
    expect(new URL(page.url()).pathname).toBe('/users/new-employer');
    await expectNoA11yViolations(page);
  });

  test('creates an employer with two roles and a new position, and opens the profile', async () => {
    await page.getByLabel('Email', { exact: true }).fill('priya.shah@acme.example');
    await transferList('Available').getByText('Manager').click();
    await transferList('Available').getByText('Mentor').click();
    await page.getByRole('button', { name: 'Assign' }).click();
    await transferList('Assigned').getByText('Mentor').waitFor();
    expect(await transferList('Assigned').textContent()).toContain('Manager');
    expect(await transferList('Available').textContent()).not.toContain('Mentor');
    await expectNoA11yViolations(page);

    await page.getByLabel('Position').fill('Site supervisor');
    await option(page, 'Add “Site supervisor”').click();
    await page
      .locator('.ant-select-content')
      .filter({ hasText: 'Site supervisor (new)' })
      .waitFor();

    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/employers') && response.status() === 201,
    );
    await page.getByRole('button', { name: 'Create employer' }).click();
    const created: { employerRoles: string[]; positionId: number | null } = await (
      await saved
    ).json();
    expect(created.employerRoles.sort()).toEqual(['manager', 'mentor']);
    await page.waitForURL(/\/users\/\d+$/);
    await heading('Priya Shah').waitFor();
    await page.locator('.ant-alert').getByText('Employer user created').waitFor();
    const details = page.locator('.ant-descriptions');
    await details.getByText('Acme Digital Ltd').waitFor();
    expect(await details.textContent()).toContain('Digital Apprentices (6)');
    expect(await details.textContent()).toContain('Care Apprentices (7)');
    await expectNoA11yViolations(page);

    const id = Number(new URL(page.url()).pathname.split('/')[2]);
    const { body: user } = await apiInPage<{ type: string; employerRoles: string[] }>(
      page,
      'GET',
      `/users/${id}`,
    );
    expect(user.type).toBe('employer');
    const { body: positions } = await apiInPage<{ items: { id: number; title: string }[] }>(
      page,
      'GET',
      '/positions',
    );
    const position = positions.items.find((one) => one.title === 'Site supervisor');
    expect(position).toBeDefined();
    expect(created.positionId).toBe(position?.id);
  });
});

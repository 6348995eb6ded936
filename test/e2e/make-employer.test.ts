/**
 * Learner → employer, guided from the profile: the learner is archived and an employer user
 * with the same name and email is made, landing on the new profile.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage } from './support/forms.js';
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

describe('make an employer user from a learner', () => {
  test('archives the learner and opens the new employer profile with the same email', async () => {
    const created = await apiInPage<{ id: number }>(page, 'POST', '/learners', {
      invite: false,
      firstName: 'Grace',
      surname: 'Adeyemi',
      gender: 'female',
      email: 'grace.adeyemi@learners.example',
      mobile: '07700 900777',
      groupIds: [2],
    });
    expect(created.status).toBe(201);
    await page.goto(`/users/${created.body.id}`);
    await page.getByRole('heading', { level: 1, name: 'Grace Adeyemi' }).waitFor();

    await page.getByRole('button', { name: 'Make employer user…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make an employer user' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Archive learner and make employer' }).click();
    await dialog.getByText('Choose at least one employer group.').waitFor();
    await expectNoA11yViolations(page);

    await dialog.getByLabel('Employer organisation').click();
    await page.locator('.ant-select-item-option[title="Acme Digital Ltd"]').click();
    await dialog.getByLabel('Employer groups').click();
    await pickTreeNodes(page, ['Digital Apprentices (6)']);
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Title').click();
    await page.locator('.ant-select-item-option[title="Ms"]').click();
    await dialog.getByRole('button', { name: 'Archive learner and make employer' }).click();

    await page.waitForURL((url) => url.pathname !== `/users/${created.body.id}`);
    await page.getByRole('heading', { level: 1, name: 'Grace Adeyemi' }).waitFor();
    await page.locator('.ant-alert').getByText('Employer user created').waitFor();
    const details = (await page.locator('.ant-descriptions').textContent()) ?? '';
    expect(details).toContain('Employer user');
    expect(details).toContain('grace.adeyemi@learners.example');
    await expectNoA11yViolations(page);

    const learner = await apiInPage<{ subscriptionStatus: string; email: string | null }>(
      page,
      'GET',
      `/users/${created.body.id}`,
    );
    expect(learner.body).toMatchObject({ subscriptionStatus: 'Archived', email: null });
  });
});

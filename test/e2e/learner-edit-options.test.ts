/**
 * Edit user as the tenant configures it: a hidden field is not shown, a mandatory one is marked
 * and asked for; the referrer and employer take new contacts and addresses made on the spot.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, choose, fieldError } from './support/forms.js';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const support = await openPage(browser, app.baseUrl);
  await signIn(support, 'support@demo.example');
  const changed = await apiInPage(support, 'PATCH', '/tenant', {
    settings: { fields: { title: 'hidden', preferredName: 'mandatory' } },
  });
  expect(changed.status).toBe(200);
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Learner {
  id: number;
  employerId: number | null;
  preferredName: string | null;
  referrerContactId: number | null;
  employerAddressId: number | null;
}

/** A demo learner with no employer and no funding lock. */
async function plainLearner(): Promise<Learner> {
  const list = await apiInPage<{ items: Learner[] }>(page, 'GET', '/users?type=learner&sort=id');
  for (const learner of list.body.items.filter((one) => one.employerId === null)) {
    const options = await apiInPage<{ lock?: { locked: boolean } }>(
      page,
      'GET',
      `/learner-options?userId=${learner.id}`,
    );
    if (!options.body.lock?.locked) return learner;
  }
  throw new Error('No plain learner on the first page.');
}

describe('Edit user with tenant settings and inline organisation entries', () => {
  test('hides, marks and asks for fields as the tenant says; adds a contact and an address', async () => {
    const learner = await plainLearner();
    await page.goto(`/users/${learner.id}/edit`);
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).count()).toBe(0);
    const preferred = page.getByLabel('Preferred name');
    expect(await preferred.getAttribute('aria-required')).toBe('true');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await fieldError(page, 'Preferred name').textContent()).toBe(
      'Enter the preferred name.',
    );
    await expectNoA11yViolations(page);
    await preferred.fill('Jas');

    await choose(page, 'Referrer', 'Jobcentre Plus Leeds');
    await page.getByText('Changing the referrer leaves the learner’s groups').waitFor();
    await page.getByRole('button', { name: 'New contact at Jobcentre Plus Leeds' }).click();
    const contact = page.getByRole('dialog', { name: 'New contact at Jobcentre Plus Leeds' });
    await contact.getByLabel('Name').fill('Priya Shah');
    await contact.getByLabel('Email').fill('priya.shah@jobcentre.example');
    await expectNoA11yViolations(page);
    await contact.getByRole('button', { name: 'Create contact' }).click();
    await contact.waitFor({ state: 'hidden' });
    await page.locator('.ant-select', { hasText: 'Priya Shah' }).waitFor();

    await choose(page, 'Employer', 'BrightCare Homes');
    await page.getByRole('button', { name: 'New address for BrightCare Homes' }).click();
    const address = page.getByRole('dialog', { name: 'New employer address' });
    await address.getByLabel('Postcode').fill('ABC 123');
    await address.getByLabel('Address 1').fill('5 Oxford Road');
    await address.getByRole('button', { name: 'Create address' }).click();
    await fieldError(page, 'Postcode').filter({ hasText: 'UK postcode' }).waitFor();
    await expectNoA11yViolations(page);
    await address.getByLabel('Postcode').fill('M1 5QA');
    await address.getByRole('button', { name: 'Create address' }).click();
    await address.waitFor({ state: 'hidden' });
    await page.locator('.ant-select', { hasText: '5 Oxford Road, M1 5QA' }).waitFor();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved').waitFor();
    const saved = await apiInPage<Learner>(page, 'GET', `/users/${learner.id}`);
    expect(saved.body.preferredName).toBe('Jas');
    expect(saved.body.referrerContactId).not.toBeNull();
    expect(saved.body.employerAddressId).not.toBeNull();
  });
});

/**
 * Organisations set up in the browser: an employer created on the Organisations page with
 * Lookup and Select location, edited, archived and restored; an employer organisation added
 * from the learner form's "+" and chosen for the learner; and manual entry when the lookup
 * service stops answering. The lookup service is the loopback stand-in for postcodes.io.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type PostcodeServer, startPostcodeServer } from '../support/postcode-server.js';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, option } from './support/forms.js';
import { menuLink } from './support/menu.js';

let stand: PostcodeServer;
let app: RunningApp;
let browser: Browser;
let page: Page;
let learnerId = 0;

beforeAll(async () => {
  stand = await startPostcodeServer();
  app = await startApp({ env: { ROSTER_POSTCODE_LOOKUP_URL: stand.url } });
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await stand?.stop();
});

const panel = () => page.getByRole('tabpanel');

interface Learner {
  id: number;
  employerId: number | null;
  employerAddressId: number | null;
}

describe('setting up organisations', () => {
  test('creates an employer with Lookup and Select location, edits, archives and restores it', async () => {
    await menuLink(page, 'Organisations').click();
    await page.getByRole('tab', { name: 'Employers' }).click();
    await panel().getByRole('button', { name: 'New employer' }).click();
    const dialog = page.getByRole('dialog', { name: 'New employer' });
    await dialog.getByLabel('Employer name').fill('Canal Side Bakery');
    await dialog.getByLabel('Main Aim Registration Number').fill('ZPROG123');
    await dialog.getByLabel('Postcode').fill('LS1');
    await dialog.getByRole('button', { name: 'Lookup' }).click();
    await dialog.getByText('2 places found: select a location.').waitFor();
    await expectNoA11yViolations(page);
    await dialog.getByLabel('Select location').click();
    await option(page, 'LS1 4BR — Hunslet & Riverside, Leeds').click();
    expect(await dialog.getByLabel('Postcode').inputValue()).toBe('LS1 4BR');
    expect(await dialog.getByLabel('Town/City').inputValue()).toBe('Leeds');
    await dialog.getByLabel('Address 1').fill('3 Canal Wharf');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = panel().getByRole('row', { name: /Canal Side Bakery/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('ZPROG123');

    await row.getByRole('button', { name: 'Edit Canal Side Bakery' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Canal Side Bakery' });
    await edit.getByLabel('Employer name').fill('Canal Side Bakery Ltd');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    const renamed = panel().getByRole('row', { name: /Canal Side Bakery Ltd/ });
    await renamed.getByRole('button', { name: 'Archive Canal Side Bakery Ltd' }).click();
    await renamed.waitFor({ state: 'detached' });
    await panel().getByRole('switch', { name: 'Show archived organisations' }).click();
    const archived = panel().getByRole('row', { name: /Canal Side Bakery Ltd/ });
    expect(await archived.textContent()).toContain('Archived');
    await expectNoA11yViolations(page);
    await archived.getByRole('button', { name: 'Restore Canal Side Bakery Ltd' }).click();
    await archived.getByRole('button', { name: 'Archive Canal Side Bakery Ltd' }).waitFor();
  });

  test('adds an employer organisation from the learner form and chooses it for the learner', async () => {
    const list = await apiInPage<{ items: Learner[] }>(page, 'GET', '/users?type=learner&sort=id');
    const learner = list.body.items.find((one) => one.employerId === null);
    if (!learner) throw new Error('No demo learner without an employer.');
    learnerId = learner.id;
    await page.goto(`/users/${learner.id}/edit`);
    await page.getByRole('button', { name: 'Save changes' }).waitFor();

    await page.getByRole('button', { name: 'Add employer organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add employer organisation' });
    await dialog.getByLabel('Employer name').fill('Harbour Foods Ltd');
    await dialog.getByLabel('Postcode').fill('b98 7yt');
    await dialog.getByRole('button', { name: 'Lookup' }).click();
    await expect.poll(() => dialog.getByLabel('Town/City').inputValue()).toBe('Redditch');
    expect(await dialog.getByLabel('County').inputValue()).toBe('Worcestershire');
    expect(await dialog.getByLabel('Postcode').inputValue()).toBe('B98 7YT');
    await dialog.getByLabel('Address 1').fill('15 Woodfield Lane');
    await dialog.getByLabel('Main Aim Registration Number').fill('ZPROG456');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-select', { hasText: 'Harbour Foods Ltd' }).waitFor();
    await page
      .locator('.ant-select', { hasText: '15 Woodfield Lane, Redditch, B98 7YT' })
      .waitFor();
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved').waitFor();
    const saved = await apiInPage<Learner>(page, 'GET', `/users/${learner.id}`);
    const employers = await apiInPage<{ items: { id: number; name: string }[] }>(
      page,
      'GET',
      '/organisations?type=employer',
    );
    const harbour = employers.body.items.find((one) => one.name === 'Harbour Foods Ltd');
    expect(saved.body.employerId).toBe(harbour?.id);
    expect(saved.body.employerAddressId).not.toBeNull();
  });

  test('falls back to typing the address when the lookup service does not answer', async () => {
    await stand.stop();
    await page.goto(`/users/${learnerId}/edit`);
    await page.getByRole('button', { name: 'Add employer organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add employer organisation' });
    await dialog.getByLabel('Employer name').fill('Quayside Motors');
    await dialog.getByLabel('Postcode').fill('LS1 4AP');
    await dialog.getByRole('button', { name: 'Lookup' }).click();
    await dialog
      .getByText('Address lookup is not available just now: enter the address yourself.')
      .waitFor();
    await dialog.getByLabel('Address 1').fill('9 Quay Street');
    await dialog.getByLabel('Town/City').fill('Leeds');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-select', { hasText: 'Quayside Motors' }).waitFor();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { menuLink } from './support/menu.js';

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

const activePanel = () => page.getByRole('tabpanel');

describe('the Organisations page', () => {
  test('shows the own organisation with its UKPRN and passes axe', async () => {
    await menuLink(page, 'Organisations').click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await expect.poll(() => page.title()).toBe('Organisations – Roster');
    const row = activePanel().getByRole('row', { name: /Northgate Training/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('10001234');
    await expectNoA11yViolations(page);
  });

  test('lists employers, and a row expands to its address and contacts', async () => {
    await page.getByRole('tab', { name: 'Employers' }).click();
    const row = activePanel().getByRole('row', { name: /Acme Digital Ltd/ });
    await row.waitFor();
    expect(
      await activePanel()
        .getByRole('row', { name: /BrightCare Homes/ })
        .count(),
    ).toBe(1);
    expect(await activePanel().getByText('Northgate Training').count()).toBe(0);

    await row.getByRole('button', { name: /expand/i }).click();
    const addresses = page.getByRole('table', { name: 'Addresses of Acme Digital Ltd' });
    const address = addresses.getByRole('row', { name: /LS1 4AP/ });
    await address.waitFor();
    expect(await address.textContent()).toContain('1 Park Row');
    expect(await address.textContent()).toContain('Leeds');
    const contacts = page.getByRole('table', { name: 'Contacts of Acme Digital Ltd' });
    expect(await contacts.getByText('No contacts.').count()).toBe(1);
    await expectNoA11yViolations(page);
  });

  test('an address is corrected in place from the expanded row', async () => {
    const addresses = page.getByRole('table', { name: 'Addresses of Acme Digital Ltd' });
    await addresses.getByRole('button', { name: /Correct the address/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct the address' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Address 1').inputValue()).toBe('1 Park Row');
    await dialog.getByLabel('Address 1').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter the address 1.').first().waitFor();
    await expectNoA11yViolations(page);
    await dialog.getByLabel('Address 1').fill('3 Wellington Place');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await addresses.getByRole('row', { name: /3 Wellington Place/ }).waitFor();
  });
});

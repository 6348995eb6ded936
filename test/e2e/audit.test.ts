/**
 * Issue 12, audit in the browser: the tenant's Audit page from the menu, filtered by action and
 * by days typed as dd/mm/yyyy; a user's profile showing an edit with its fields before and
 * after; both pages pass axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, option } from './support/forms.js';
import { menuLink } from './support/menu.js';

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
const filters = (page: Page) => page.getByRole('search', { name: 'Filter audit entries' });

/** Does something that reloads the entries and waits until they are on screen. */
async function reloading(page: Page, action: () => Promise<unknown>) {
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/audit?') && r.ok());
  await action();
  await answered;
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
}

const today = () => {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()}`;
};

type Learner = { id: number; version: number; firstName: string; surname: string };

/** Edits some learner's preferred name through the API; answers who and the name it had. */
async function editSomeLearner(page: Page) {
  const list = await apiInPage<{ items: Learner[] }>(
    page,
    'GET',
    '/users?type=learner&status=FullUser&pageSize=20',
  );
  for (const candidate of list.body.items) {
    const one = await apiInPage<Learner & { preferredName: string | null }>(
      page,
      'GET',
      `/users/${candidate.id}`,
    );
    const saved = await apiInPage(page, 'PATCH', `/users/${candidate.id}`, {
      version: one.body.version,
      preferredName: 'Audit Trail Name',
    });
    if (saved.status === 200) return { learner: one.body, before: one.body.preferredName };
  }
  throw new Error('no demo learner could be edited');
}

describe('audit', () => {
  test('the Audit page lists entries, filters by action and days, and passes axe', async () => {
    await reloading(admin, () => menuLink(admin, 'Audit').click());
    await admin.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await expect.poll(() => admin.title()).toBe('Audit – Roster');
    await rows(admin).first().waitFor();
    await expectNoA11yViolations(admin);

    await filters(admin).getByLabel('Action', { exact: true }).fill('Signed in');
    await option(admin, 'Signed in').click();
    await admin.keyboard.press('Escape');
    const start = filters(admin).getByPlaceholder('dd/mm/yyyy').first();
    await start.click();
    await start.fill(today());
    await start.press('Enter');
    const end = filters(admin).getByPlaceholder('dd/mm/yyyy').nth(1);
    await end.fill(today());
    const [day, month, year] = today().split('/');
    // Enter in the last field may submit the filters itself (the form's implicit submission):
    // the first request with both dates is the one, whichever sent it.
    const withDates = (url: string) => url.includes('/api/v1/audit?') && url.includes('to=');
    const asked = admin.waitForRequest((r) => withDates(r.url()));
    const answered = admin.waitForResponse((r) => withDates(r.url()) && r.ok());
    await end.press('Enter');
    await filters(admin).getByRole('button', { name: 'Search', exact: true }).click();
    await answered;
    await admin.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
    const search = new URL((await asked).url()).searchParams;
    expect(Object.fromEntries(search)).toMatchObject({
      action: 'sign_in',
      from: `${year}-${month}-${day}`,
      to: `${year}-${month}-${day}`,
    });
    const actions = await rows(admin).locator('> td:nth-child(2)').allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['Signed in']));
    await expectNoA11yViolations(admin);
  });

  test("a user's profile shows an edit with its fields before and after", async () => {
    const { learner, before } = await editSomeLearner(admin);
    await admin.goto(`/users/${learner.id}`);
    const section = admin.locator('.ant-card').filter({
      has: admin.getByRole('heading', { level: 2, name: 'Audit' }),
    });
    const edit = section.locator('tr.ant-table-row').filter({ hasText: 'Details edited' }).first();
    await edit.waitFor();
    const change = edit.locator('.audit-changes tbody tr').filter({ hasText: 'Preferred name' });
    expect(await change.locator('td').allInnerTexts()).toEqual([before ?? '—', 'Audit Trail Name']);
    expect(await edit.textContent()).toContain('Ada Admin');
    await expectNoA11yViolations(admin);

    await section.getByLabel('Action', { exact: true }).fill('Details edited');
    await option(admin, 'Details edited').click();
    await reloading(admin, () =>
      section.getByRole('button', { name: 'Search', exact: true }).click(),
    );
    const actions = await section.locator('tr.ant-table-row > td:nth-child(2)').allInnerTexts();
    expect(new Set(actions)).toEqual(new Set(['Details edited']));
    const csv = section.getByRole('link', { name: 'Export to CSV' });
    expect(await csv.getAttribute('href')).toBe(
      `/api/v1/audit/export.csv?userId=${learner.id}&action=user_updated`,
    );
  });
});

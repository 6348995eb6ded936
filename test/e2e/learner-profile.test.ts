/**
 * The profile's actions and the funding lock: a Prospect is invited from the profile, and a
 * learner with a quality-assured funding record has locked details and a change request.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, fieldError } from './support/forms.js';

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

interface Listed {
  id: number;
  firstName: string;
  surname: string;
}

/** A demo learner whose funding record is quality assured (the seed locks every tenth). */
async function lockedLearner(): Promise<Listed> {
  const list = await apiInPage<{ items: Listed[] }>(
    page,
    'GET',
    '/users?type=learner&sort=id&pageSize=20',
  );
  for (const learner of list.body.items) {
    const options = await apiInPage<{ lock?: { locked: boolean } }>(
      page,
      'GET',
      `/learner-options?userId=${learner.id}`,
    );
    if (options.body.lock?.locked) return learner;
  }
  throw new Error('The demo tenant has no locked learner among the first 20.');
}

describe('the user profile', () => {
  test('a Prospect is invited from the profile', async () => {
    const created = await apiInPage<{ id: number; subscriptionStatus: string }>(
      page,
      'POST',
      '/learners',
      {
        invite: false,
        firstName: 'Tomasz',
        surname: 'Nowak',
        gender: 'male',
        email: 'tomasz.nowak@learners.example',
        groupIds: [2],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.subscriptionStatus).toBe('Prospect');

    await page.goto(`/users/${created.body.id}`);
    await page.getByRole('heading', { level: 1, name: 'Tomasz Nowak' }).waitFor();
    await page.getByText('No emails have been sent to this user.').waitFor();
    expect(await page.locator('.ant-descriptions .ant-tag').first().textContent()).toBe('Prospect');
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Send invitation' }).click();
    // The notice (the audit card below may name the same action once it reloads).
    await page.getByText('Invitation sent').first().waitFor();
    await page.locator('.ant-descriptions .ant-tag', { hasText: 'Invited' }).waitFor();
    await page
      .getByRole('region', { name: 'Emails' })
      .locator('.ant-table-tbody')
      .getByText('Activate your Roster account')
      .waitFor();
    await expectNoA11yViolations(page);
  });

  test('an unknown user is "not found"', async () => {
    await page.goto('/users/999999');
    await page.getByText('User not found').waitFor();
    await expectNoA11yViolations(page);
  });
});

describe('the funding lock', () => {
  test('locked details are greyed out, and a change request asks for a change', async () => {
    const learner = await lockedLearner();
    await page.goto(`/users/${learner.id}/edit`);
    await page.getByText('Some details are locked').waitFor();
    expect(await page.getByLabel('First name').isDisabled()).toBe(true);
    expect(await page.getByLabel('Postcode').isDisabled()).toBe(true);
    expect(await page.getByLabel('Username').isDisabled()).toBe(false);
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Raise a change request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request a change to locked details' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Send change request' }).click();
    await fieldError(page, 'Why the change is needed').waitFor();
    await expectNoA11yViolations(page);

    await dialog.getByLabel('Surname').fill(`${learner.surname}-Shaw`);
    await dialog.getByLabel('Why the change is needed').fill('Married in June; certificate seen.');
    await dialog.getByRole('button', { name: 'Send change request' }).click();
    await page.getByText('Change request sent').waitFor();
    const requests = await apiInPage<{ items: { requested: Record<string, string | null> }[] }>(
      page,
      'GET',
      `/users/${learner.id}/change-requests`,
    );
    expect(requests.body.items.at(0)?.requested).toEqual({ surname: `${learner.surname}-Shaw` });
  });
});

/** A demo learner with a funding record in a submission batch (the seed puts some there). */
async function learnerInBatch(): Promise<Listed> {
  const list = await apiInPage<{ items: Listed[] }>(
    page,
    'GET',
    '/users?type=learner&status=FullUser&sort=id&pageSize=100',
  );
  for (const learner of list.body.items) {
    const episodes = await apiInPage<{ items: { inBatch: boolean; unfunded: boolean }[] }>(
      page,
      'GET',
      `/users/${learner.id}/funding-episodes`,
    );
    if (episodes.body.items.some((e) => e.inBatch && !e.unfunded)) return learner;
  }
  throw new Error('The demo tenant has no Full user in a funding batch among the first 100.');
}

describe('status actions', () => {
  test('archiving a learner in a funding batch is refused with the reason, until marked unfunded', async () => {
    const learner = await learnerInBatch();
    await page.goto(`/users/${learner.id}`);
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Archive' }).click();
    await page
      .getByText("This user is included in ILR batch file and can't be archived.", { exact: false })
      .waitFor();
    await expectNoA11yViolations(page);

    await status.getByRole('button', { name: 'Mark unfunded' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Mark unfunded' }).click();
    await status.getByText('Funding records in a submission batch').waitFor({ state: 'detached' });
    await status.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Archive' }).click();
    await page.locator('.ant-descriptions .ant-tag', { hasText: 'Archived' }).waitFor();
    await status.getByRole('button', { name: 'Restore' }).waitFor();
    await expectNoA11yViolations(page);
  });
});

describe('why they cannot sign in', () => {
  test('the profile says a learner is locked and why; unlocking lets them sign in', async () => {
    const list = await apiInPage<{ items: (Listed & { email: string })[] }>(
      page,
      'GET',
      '/users?type=learner&status=FullUser&sort=id&order=desc&pageSize=1',
    );
    const learner = list.body.items[0];
    if (!learner) throw new Error('no Full user learner in the demo');
    const attempt = (password: string) =>
      fetch(`${app.baseUrl}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: 'demo', username: learner.email, password }),
      });
    for (let i = 0; i < 5; i++) await attempt('not-the-password');

    await page.goto(`/users/${learner.id}`);
    await page.getByText('They cannot sign in today').waitFor();
    await page.getByText('failed sign-ins. Unlock the account', { exact: false }).waitFor();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('Account unlocked').first().waitFor();
    await page.getByText('They cannot sign in today').waitFor({ state: 'detached' });
    expect((await attempt(DEMO_PASSWORD)).status).toBe(200);
  });
});

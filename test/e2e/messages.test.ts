/**
 * Issue 12, "Messages": an administrator writes to a learner from the profile and sees the
 * email, as sent, under Communications; writes to a group from the Users overview; and words
 * the activation email with a preview. A real SMTP server receives the mail.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodedRaw, startMailCatcher } from '../support/mail-catcher.js';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage } from './support/forms.js';
import { menuLink } from './support/menu.js';

let app: RunningApp;
let browser: Browser;
let page: Page;
let mail: Awaited<ReturnType<typeof startMailCatcher>>;

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ env: { SMTP_URL: mail.url } });
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mail?.close();
});

async function newLearner(email: string, groupId: number) {
  const created = await apiInPage<{ id: number }>(page, 'POST', '/learners', {
    invite: false,
    firstName: 'Imogen',
    surname: 'Price',
    gender: 'female',
    email,
    groupIds: [groupId],
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

const received = (address: string) =>
  expect
    .poll(() => mail.received.filter((one) => one.to.includes(address)).length, {
      timeout: 20_000,
    })
    .toBe(1);

describe('messages', () => {
  test('a message sent from the profile arrives and is listed, as sent, under Communications', async () => {
    const id = await newLearner('imogen.price@learners.example', 2);
    await page.goto(`/users/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Imogen Price' }).waitFor();
    await page.getByRole('button', { name: 'Send message' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a message to Imogen Price' });
    await dialog.getByLabel('Subject').fill('Your induction, {{firstName}}');
    await dialog
      .getByLabel('Message')
      .fill('Hello {{firstName}},\n\nYour induction is on Monday at 9:30 in room 4.');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Send message' }).click();
    await page.getByText('Message sent', { exact: true }).first().waitFor();

    await received('imogen.price@learners.example');
    const caught = mail.received.find((one) => one.to.includes('imogen.price@learners.example'));
    expect(decodedRaw(caught ?? { from: '', to: [], raw: '' })).toContain(
      'Your induction is on Monday at 9:30 in room 4.',
    );

    const row = page
      .getByRole('region', { name: 'Emails' })
      .locator('.ant-table-row', { hasText: 'Your induction, Imogen' });
    await expect
      .poll(
        async () => {
          await page.reload();
          await row.waitFor();
          return row.getByText('Sent', { exact: true }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    expect(await row.textContent()).toContain('Ada Admin');
    await row.getByRole('button').first().click();
    await page.getByText('Your induction is on Monday at 9:30 in room 4.').waitFor();
    await expectNoA11yViolations(page);
  });

  test('a group message from the Users overview reaches the group’s users', async () => {
    const group = await apiInPage<{ id: number }>(page, 'POST', '/groups', {
      name: 'Evening cohort',
      parentId: 2,
    });
    expect(group.status).toBe(201);
    await newLearner('evening.one@learners.example', group.body.id);
    await page.goto(`/users/overview?groupId=${group.body.id}`);
    await page.getByRole('heading', { level: 1, name: 'Users overview' }).waitFor();
    await page.getByRole('button', { name: 'Send group message' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a group message' });
    await dialog.getByLabel('Group').click();
    await page.locator('.ant-select-tree-title', { hasText: 'Evening cohort' }).waitFor();
    await expectNoA11yViolations(page);
    await dialog.getByText('Every user of the group').click();
    await dialog.getByLabel('Subject').fill('Room change');
    await dialog.getByLabel('Message').fill('Dear {{firstName}}, we meet in room 12 tonight.');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Send message' }).click();
    await dialog.getByText('Message on its way to 1 user').waitFor({ timeout: 20_000 });
    await expectNoA11yViolations(page);
    await received('evening.one@learners.example');
  });

  test('the activation email is worded by the administrator, previewed, and saved', async () => {
    await page.goto('/');
    await menuLink(page, 'Email templates').click();
    await page.getByRole('heading', { level: 1, name: 'Email templates' }).waitFor();
    await page.getByText('Roster’s standard wording').waitFor();
    await expectNoA11yViolations(page);

    await page.getByLabel('Subject').fill('Welcome to {{organisationName}}, {{firstName}}');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Preview for an example person').waitFor();
    await page
      .getByText('Welcome to Northgate Training (demo), Sam', { exact: false })
      .first()
      .waitFor();
    await expectNoA11yViolations(page);

    const body = page.getByLabel('Body');
    await body.fill('Hello {{firstName}}, no link here.');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('The body must contain {{activationLink}}', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Use the standard wording' }).click();
    await page.getByLabel('Subject').fill('Welcome to {{organisationName}}, {{firstName}}');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Template saved').waitFor();
    await page.getByText('Your wording').waitFor();
    await expectNoA11yViolations(page);
  });
});

/**
 * Learner accounts end to end: an administrator adds a learner with an invitation, reads the
 * profile, edits them (a refused mobile first), and the learner activates the account through
 * the link in the email a real SMTP server caught, then signs in.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activationToken, type CaughtMail, startMailCatcher } from '../support/mail-catcher.js';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, choose, fieldError } from './support/forms.js';
import { menuLink } from './support/menu.js';
import { pickTreeNodes, treeNode } from './support/tree-select.js';

let mail: Awaited<ReturnType<typeof startMailCatcher>>;
let app: RunningApp;
let browser: Browser;
let page: Page;

const EMAIL = 'amara.okafor@learners.example';
const PASSWORD = 'Kettle-orchard-lantern-42';

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

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
/** The label of a field marked mandatory (antd's asterisk). */
const requiredMark = (label: string) =>
  page.locator(`label.ant-form-item-required[title="${label}"]`);
async function waitForMail(to: string): Promise<CaughtMail> {
  await expect.poll(() => mail.received.some((one) => one.to.includes(to)), { timeout: 20_000 });
  const caught = mail.received.findLast((one) => one.to.includes(to));
  if (!caught) throw new Error(`No email reached ${to}`);
  return caught;
}

describe('learner accounts', () => {
  test('Create → Learner asks first, then opens Add user, which passes axe with errors showing', async () => {
    await menuLink(page, 'Users').click();
    await heading('Users').waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('menuitem', { name: 'Learner' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/users/new');
    await heading('Add a learner').waitFor();
    await expect.poll(() => page.title()).toBe('Add a learner – Roster');
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Create learner' }).click();
    await fieldError(page, 'First name').waitFor();
    expect(await fieldError(page, 'Email').textContent()).toBe('Enter the email address.');
    expect(await page.getByText('Please specify the user group.').count()).toBe(1);
    // Gender and case owner are mandatory on Add user: marked, and refused when empty.
    expect(await fieldError(page, 'Gender').textContent()).toBe('Choose Male or Female.');
    for (const label of ['Gender', 'Case owner'])
      expect(await requiredMark(label).count(), label).toBe(1);
    await expectNoA11yViolations(page);
  });

  test('creates a learner with an invitation and shows the profile', async () => {
    await page.getByLabel('First name').fill('Amara');
    await page.getByLabel('Surname').fill('Okafor');
    await page.getByLabel('Email', { exact: true }).fill(EMAIL);
    await page.getByLabel('Mobile').fill('07700 900111');
    await page.getByLabel('Date of birth').fill('14/03/2001');
    await page.getByLabel('Date of birth').press('Enter');
    await page.getByLabel('Female').check();

    await page.getByLabel('Groups', { exact: true }).click();
    await treeNode(page, 'Digital Apprentices (6)').waitFor();
    await expectNoA11yViolations(page);
    await pickTreeNodes(page, ['Digital Apprentices (6)']);
    await page.keyboard.press('Escape');
    await choose(page, 'Programme to apply', 'Software Developer L4 (delivery)');
    await choose(page, 'Employer', 'Acme Digital Ltd');
    await choose(page, 'Employer address', '1 Park Row, Leeds, LS1 4AP');

    await page.getByRole('button', { name: 'Create learner' }).click();
    await page.waitForURL(/\/users\/\d+$/);
    await heading('Amara Okafor').waitFor();
    // The banner, not the audit card below, which names the same action.
    expect(await page.locator('.ant-alert').getByText('Learner created').count()).toBe(1);
    const details = page.locator('.ant-descriptions');
    await details.getByText('Acme Digital Ltd').waitFor();
    expect(await details.textContent()).toContain('14/03/2001');
    expect(await details.textContent()).toContain('Digital Apprentices (6)');
    expect(await details.textContent()).toContain('Software Developer L4');
    expect(await details.locator('.ant-tag').first().textContent()).toBe('Invited');
    const communications = page.getByRole('region', { name: 'Emails' }).locator('.ant-table-tbody');
    await communications.getByText('Activate your Roster account').waitFor();
    expect(await communications.textContent()).toContain(EMAIL);
    await expectNoA11yViolations(page);
  });

  test('edits the learner: a bad mobile is refused beside the field, then mobile and group change', async () => {
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.waitForURL(/\/users\/\d+\/edit$/);
    await heading('Edit Amara Okafor').waitFor();
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expectNoA11yViolations(page);
    // Edit User keeps gender optional; username and case owner are mandatory.
    expect(await requiredMark('Gender').count()).toBe(0);
    for (const label of ['Username', 'Case owner'])
      expect(await requiredMark(label).count(), label).toBe(1);

    await page.getByLabel('Mobile').fill('07700 9001x1');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const mobileError = fieldError(page, 'Mobile');
    await mobileError.waitFor();
    expect(await mobileError.textContent()).toMatch(/only digits, spaces/);
    expect(new URL(page.url()).pathname).toMatch(/\/edit$/);
    await expectNoA11yViolations(page);

    await page.getByLabel('Mobile').fill('07700 900222');
    await page.getByLabel('Care Apprentices (7)').check();
    // One group per hierarchy: the new group replaced the old one.
    expect(await page.getByLabel('Digital Apprentices (6)').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/users\/\d+$/);
    await page.getByText('Changes saved').waitFor();
    const details = await page.locator('.ant-descriptions').textContent();
    expect(details).toContain('07700 900222');
    expect(details).toContain('Care Apprentices (7)');
    expect(details).not.toContain('Digital Apprentices (6)');
  });

  test('a save over someone else’s newer save shows the conflict and reloads', async () => {
    const id = Number(new URL(page.url()).pathname.split('/')[2]);
    await page.getByRole('link', { name: 'Edit details' }).click();
    await heading('Edit Amara Okafor').waitFor();
    const { body: current } = await apiInPage<{ version: number }>(page, 'GET', `/users/${id}`);
    const other = await apiInPage(page, 'PATCH', `/users/${id}`, {
      version: current.version,
      surname: 'Okafor-Reid',
    });
    expect(other.status).toBe(200);

    await page.getByLabel('First name').fill('Amarachi');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone else has saved changes to this learner').waitFor();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Reload' }).click();
    await heading('Edit Amara Okafor-Reid').waitFor();
    expect(await page.getByLabel('First name').inputValue()).toBe('Amara');
  });

  test('the learner activates the account through the emailed link and signs in', async () => {
    const token = activationToken(await waitForMail(EMAIL));
    expect(token).toBeTruthy();
    const learner = await openPage(browser, app.baseUrl);
    await learner.goto(`/activate?token=${encodeURIComponent(token ?? '')}`);
    await learner.getByRole('heading', { level: 1, name: 'Activate your account' }).waitFor();
    await learner.getByText('Welcome, Amara.', { exact: false }).waitFor();
    expect(await learner.getByLabel('Username').inputValue()).toBe(EMAIL);
    await expectNoA11yViolations(learner);

    await learner.getByLabel('New password', { exact: true }).fill('short');
    await learner.getByLabel('Confirm new password').fill('shorter');
    await learner.getByRole('button', { name: 'Activate my account' }).click();
    await fieldError(learner, 'New password').waitFor();
    expect(await fieldError(learner, 'Confirm new password').textContent()).toBe(
      'The two passwords are not the same.',
    );
    await expectNoA11yViolations(learner);

    await learner.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await learner.getByLabel('Confirm new password').fill(PASSWORD);
    await learner.getByRole('button', { name: 'Activate my account' }).click();
    await learner.getByText('Your account is ready').waitFor();
    await expectNoA11yViolations(learner);
    await learner.getByRole('link', { name: 'Sign in to Roster' }).click();
    // The link names the organisation: /sign-in?tenant=demo
    await learner.waitForURL(/\/sign-in\?tenant=demo$/);
    await signIn(learner, EMAIL, PASSWORD);
    expect(await learner.getByTestId('signed-in-as').textContent()).toContain('Amara');
    // A learner gets their own account, not the administrators' tiles.
    await learner.getByRole('heading', { level: 2, name: 'Your account' }).waitFor();
    expect(await learner.getByTestId('tile').count()).toBe(0);
    await expectNoA11yViolations(learner);

    // The link works once.
    const again = await openPage(browser, app.baseUrl);
    await again.goto(`/activate?token=${encodeURIComponent(token ?? '')}`);
    await again.getByText('This link no longer works').waitFor();
    await expectNoA11yViolations(again);
  });
});

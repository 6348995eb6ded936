/**
 * The employer side end to end (issue 11): an administrator adds an employer user without an
 * invitation, corrects their details on Edit before inviting them (create-employer.txt), makes
 * them a learner's manager, and sends the invitation; the employer activates through the
 * emailed link, signs in and lands on Managed by me with that learner. A demo learner signs in
 * to My details (case owner, programme) and changes their password. Each page passes axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activationToken, type CaughtMail, startMailCatcher } from '../support/mail-catcher.js';
import { DEMO_PASSWORD, type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage, choose } from './support/forms.js';
import { gridRows } from './support/grid.js';

let mail: Awaited<ReturnType<typeof startMailCatcher>>;
let app: RunningApp;
let browser: Browser;
let admin: Page;

const EMAIL = 'nadia.brooks@acme.example';
const PASSWORD = 'Copper-meadow-ladder-58';

beforeAll(async () => {
  mail = await startMailCatcher();
  app = await startApp({ env: { SMTP_URL: mail.url } });
  browser = await launchBrowser();
  admin = await openPage(browser, app.baseUrl);
  await signIn(admin, 'admin@demo.example');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mail?.close();
});

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

async function waitForMail(to: string): Promise<CaughtMail> {
  await expect
    .poll(() => mail.received.some((one) => one.to.includes(to)), { timeout: 20_000 })
    .toBe(true);
  const caught = mail.received.findLast((one) => one.to.includes(to));
  if (!caught) throw new Error(`No email reached ${to}`);
  return caught;
}

interface Listed {
  id: number;
  firstName: string;
  surname: string;
  email: string;
  employerId: number | null;
  signInBlocked: unknown;
}

interface Tree {
  id: number;
  name: string;
  children: Tree[];
}
const flatten = (trees: Tree[]): Tree[] =>
  trees.flatMap((tree) => [tree, ...flatten(tree.children)]);

let employerId = 0;
let learner: Listed | undefined;

describe('the employer console', () => {
  test('an employer user added without an invitation is corrected on Edit, then invited', async () => {
    const orgs = await apiInPage<{ items: { id: number; name: string }[] }>(
      admin,
      'GET',
      '/organisations?type=employer',
    );
    const acme = orgs.body.items.find((org) => org.name === 'Acme Digital Ltd');
    const trees = await apiInPage<Tree[]>(admin, 'GET', '/groups');
    const digital = flatten(trees.body).find((group) => group.name === 'Digital Apprentices');
    const created = await apiInPage<{ id: number }>(admin, 'POST', '/employers', {
      invite: false,
      title: 'Mr',
      firstName: 'Nadia',
      surname: 'Brookes',
      email: EMAIL,
      mobile: '07700 900555',
      groupIds: [digital?.id],
      employerId: acme?.id,
    });
    expect(created.status).toBe(201);
    employerId = created.body.id;

    // A Full-user apprentice of Acme in Digital Apprentices gets the employer as manager.
    const apprentices = await apiInPage<{ items: Listed[] }>(
      admin,
      'GET',
      `/users?type=learner&status=FullUser&groupId=${digital?.id}&pageSize=100`,
    );
    learner = apprentices.body.items.find(
      (one) => one.employerId === acme?.id && one.signInBlocked === null,
    );
    expect(learner).toBeDefined();

    await admin.goto(`/users/${employerId}`);
    await heading(admin, 'Nadia Brookes').waitFor();
    await admin.getByRole('link', { name: 'Edit details' }).click();
    await admin.waitForURL(`**/users/${employerId}/edit`);
    await heading(admin, 'Edit Nadia Brookes').waitFor();
    expect(await admin.getByLabel('Surname').inputValue()).toBe('Brookes');
    await expectNoA11yViolations(admin);

    await admin.getByLabel('Surname').fill('Brooks');
    await choose(admin, 'Title', 'Ms');
    await admin
      .locator('.ant-transfer-section')
      .filter({ hasText: 'Available' })
      .getByText('Manager')
      .click();
    await admin.getByRole('button', { name: 'Assign' }).click();
    await admin.getByLabel('Mobile').fill('');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Enter the mobile number.').first().waitFor();
    await expectNoA11yViolations(admin);
    await admin.getByLabel('Mobile').fill('07700 900556');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await heading(admin, 'Nadia Brooks').waitFor();
    const details = admin.locator('.ant-descriptions');
    await details.getByText('Manager', { exact: true }).waitFor();
    expect(await details.textContent()).toContain('TitleMs');

    const saved = await apiInPage<{ title: string; employerRoles: string[]; mobile: string }>(
      admin,
      'GET',
      `/users/${employerId}`,
    );
    expect(saved.body).toMatchObject({
      title: 'Ms',
      employerRoles: ['manager'],
      mobile: '07700 900556',
    });
    const linked = await apiInPage(admin, 'PATCH', `/users/${learner?.id}`, {
      version: (await apiInPage<{ version: number }>(admin, 'GET', `/users/${learner?.id}`)).body
        .version,
      managerId: employerId,
    });
    expect(linked.status).toBe(200);

    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByText('Invitation sent').first().waitFor();
  });

  test('the employer activates, signs in and sees their learner on Managed by me', async () => {
    const token = activationToken(await waitForMail(EMAIL));
    const employer = await openPage(browser, app.baseUrl);
    await employer.goto(`/activate?token=${encodeURIComponent(token ?? '')}`);
    await employer.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await employer.getByLabel('Confirm new password').fill(PASSWORD);
    await employer.getByRole('button', { name: 'Activate my account' }).click();
    await employer.getByText('Your account is ready').waitFor();
    await signIn(employer, EMAIL, PASSWORD);

    await heading(employer, 'Managed by me').waitFor();
    await gridRows(employer).first().waitFor();
    const rows = await gridRows(employer).allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`${learner?.firstName} ${learner?.surname}`);
    expect(rows[0]).toContain(learner?.email);
    expect(rows[0]).toContain('Manager');
    expect(rows[0]).toMatch(/\d{2}\/\d{2}\/\d{4}|—/);
    await expectNoA11yViolations(employer);

    await employer.getByRole('navigation', { name: 'Main' }).getByText('My details').click();
    await heading(employer, 'My details').waitFor();
    await employer.getByText('Acme Digital Ltd').waitFor();
    await expectNoA11yViolations(employer);
    await employer.context().close();
  });

  test('a demo employer with the View all role sees the learners of their groups', async () => {
    const viewer = await openPage(browser, app.baseUrl);
    await signIn(viewer, 'employer4@demo.example');
    await heading(viewer, 'Managed by me').waitFor();
    await gridRows(viewer).first().waitFor();
    expect(await viewer.getByText(/\d+ learners/).textContent()).toMatch(/[2-9]\d+ learners/);
    await viewer.getByText('In your groups').first().waitFor();
    await viewer.context().close();
  });

  test('a learner sees their details, case owner and programme, and changes their password', async () => {
    const page = await openPage(browser, app.baseUrl);
    await signIn(page, learner?.email ?? '', DEMO_PASSWORD);
    await heading(page, 'My details').waitFor();
    const learning = page.locator('.ant-card').filter({ hasText: 'Your learning' });
    expect(await learning.textContent()).toContain('Case owner');
    expect(await learning.textContent()).toContain('Nadia Brooks');
    await expectNoA11yViolations(page);

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('New password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That is not your current password.').first().waitFor();
    await expectNoA11yViolations(page);

    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed.', { exact: false }).waitFor();
    await expectNoA11yViolations(page);
    await page.context().close();
  });
});

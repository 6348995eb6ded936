/**
 * Issue 12, the Users overview's tabs: the overview with its charts, the account activation
 * report agreeing with the overview, a report downloaded as CSV, the groups report, and
 * "reassign on group" moving two learners with a progress bar and a result for each — axe on
 * every tab.
 */
import { readFileSync } from 'node:fs';
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

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const number = async (testId: string) =>
  Number((await page.getByTestId(testId).textContent())?.replaceAll(',', ''));

/** Picks a group in the open tree dropdown of the field labelled `label`. */
async function pickGroup(label: string, group: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="${group}"]`)
    .click();
  await page.keyboard.press('Escape');
}

describe('the Users overview tabs', () => {
  let invited: number;

  test('the overview shows charts of status by group and activations over time', async () => {
    await menuLink(page, 'Users overview').click();
    await page.getByRole('heading', { level: 1, name: 'Users overview' }).waitFor();
    await page.getByRole('figure', { name: 'Status by group' }).waitFor();
    await page.getByRole('figure', { name: 'Activations over the last 30 days' }).waitFor();
    const marks = (figure: string) =>
      page.getByRole('figure', { name: figure }).locator('.recharts-bar-rectangle').count();
    await expect.poll(() => marks('Status by group')).toBeGreaterThan(0);
    await expect.poll(() => marks('Activations over the last 30 days')).toBeGreaterThan(0);
    invited = await number('overview-invited');
    expect(invited).toBeGreaterThan(0);
    await expectNoA11yViolations(page);
  });

  test('the account activation report agrees with the overview and lists days', async () => {
    await tab('Account activation report').click();
    expect(new URL(page.url()).search).toBe('?tab=activations');
    await page.getByTestId('activation-pending').waitFor();
    expect(await number('activation-pending')).toBe(invited);
    const days = page.getByRole('table', { name: 'Invitations and activations by day' });
    await expect.poll(() => days.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await days.locator('tr.ant-table-row th').first().textContent()).toMatch(
      /^\d\d\/\d\d\/\d{4}$/,
    );
    await expectNoA11yViolations(page);
  });

  test('the users report downloads as CSV with the grid’s users', async () => {
    await tab('Users report').click();
    const table = page.getByRole('table', { name: 'Users report' });
    await table.locator('tr.ant-table-row').first().waitFor();
    const summary = await page.getByText(/^\d+–\d+ of \d+ users$/).textContent();
    const total = Number(/ of (\d+) users$/.exec(summary ?? '')?.[1]);
    await expectNoA11yViolations(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the users report (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('roster-users-report.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Name,Email,Type,Subscription status,Groups,Created,Last invited,Activated,End date',
    );
    expect(lines).toHaveLength(total + 2);
    expect(text).toMatch(/,\d\d\/\d\d\/\d{4},/);
  });

  test('the groups report counts each group, linked to the Users grid', async () => {
    await tab('Groups report').click();
    const table = page.getByRole('table', { name: 'Users by group and status' });
    const maths = table.getByRole('row', { name: /Northgate College › Department of Maths \(3\)/ });
    await maths.waitFor();
    await expectNoA11yViolations(page);
    await maths.getByRole('link', { name: /Invited users in Department of Maths/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Users', exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=Invited&groupId=3');
    await page.goBack();
    await tab('Groups report').waitFor();
  });

  test('reassign on group moves the chosen learners, with a result for each', async () => {
    await tab('Reassign on group').click();
    await pickGroup('Move from group', 'Department of Arts (2)');
    const learners = page.getByRole('table', { name: 'Learners in the group to move from' });
    await learners.locator('tr.ant-table-row').first().waitFor();
    const rows = learners.locator('tr.ant-table-row');
    const names = [
      (await rows.nth(0).locator('th').textContent()) ?? '',
      (await rows.nth(1).locator('th').textContent()) ?? '',
    ];
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await pickGroup('Move to group', 'Department of Maths (3)');
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Move 2 chosen learners' }).click();
    await page.getByRole('button', { name: 'Move 0 chosen learners' }).waitFor();
    await page.getByText('2 of 2 done').waitFor({ timeout: 60_000 });
    const results = page.getByRole('table', { name: 'Result for each learner' });
    for (const name of names)
      expect(await results.getByRole('row', { name: new RegExp(name) }).textContent()).toContain(
        'Moved',
      );
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await expectNoA11yViolations(page);

    // They are now in Maths: the learners of Arts no longer list them.
    await expect
      .poll(async () => (await learners.locator('tr.ant-table-row th').allTextContents()).join('|'))
      .not.toContain(names[0]);
  });
});

/**
 * Issue 11, "Show selected records only" and search on every group picker (the shared
 * GroupTreeSelect): with two groups chosen, the box shows just them and the path down to them;
 * unticked, the whole tree is back; search narrows it by name. The open picker passes axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { pickTreeNodes, treeNode } from './support/tree-select.js';

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

const openTree = (page: Page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

describe('the group picker', () => {
  test('shows only the chosen groups on request, and searches by name', async () => {
    await admin.goto('/users');
    await admin.getByLabel('Groups').click();
    await treeNode(admin, 'Digital Apprentices (6)').waitFor();
    await pickTreeNodes(admin, ['Department of Maths (3)', 'Digital Apprentices (6)']);
    const everything = await openTree(admin).locator('.ant-select-tree-treenode').count();

    await openTree(admin).getByLabel('Show selected records only').check();
    await treeNode(admin, 'Care Apprentices (7)').waitFor({ state: 'detached' });
    await treeNode(admin, 'Department of Maths (3)').waitFor();
    await treeNode(admin, 'Digital Apprentices (6)').waitFor();
    const shown = await openTree(admin).locator('.ant-select-tree-treenode').count();
    expect(shown).toBeLessThan(everything);
    await expectNoA11yViolations(admin);

    await openTree(admin).getByLabel('Show selected records only').uncheck();
    await treeNode(admin, 'Care Apprentices (7)').waitFor();

    await admin.getByLabel('Groups').fill('Care');
    await treeNode(admin, 'Care Apprentices (7)').waitFor();
    await treeNode(admin, 'Department of Maths (3)').waitFor({ state: 'detached' });
  });
});

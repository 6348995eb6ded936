/**
 * Upload users (issue 10): a file with good and bad rows is uploaded, previewed, filtered to its
 * errors, imported while the progress shows, found again in the history, and its results file
 * downloaded — with axe on every page and panel on the way.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './support/app.js';
import { expectNoA11yViolations } from './support/axe.js';
import { launchBrowser, openPage, signIn } from './support/browser.js';
import { apiInPage } from './support/forms.js';
import { menuLink } from './support/menu.js';
import { treeNode } from './support/tree-select.js';

let app: RunningApp;
let browser: Browser;
let page: Page;

interface GroupTree {
  id: number;
  name: string;
  accessible?: boolean;
  children: GroupTree[];
}

/** A group the administrator can use and a programme it offers, read from the demo data. */
let group: { id: number; name: string };

let programme: string;
let importPath = '';

const stamp = Date.now().toString(36);
const email = (who: string) => `${who}.${stamp}@example.test`;

/** Two rows that create people and three with a problem each, in the columns of the template. */
function fileText(): string {
  const header =
    'First name,Last name,Email,Reference number,Group,Programme,Gender,Date of birth,Mobile,Favourite colour';
  // Group is left empty: every row takes the default group chosen on the page.
  const rows = [
    [
      'Amira',
      'Khan',
      email('amira.khan'),
      `E2E-${stamp}-1`,
      '',
      programme,
      'Female',
      '24/11/2004',
      '',
    ],
    [
      'Owen',
      'Price',
      email('owen.price'),
      `E2E-${stamp}-2`,
      '',
      programme,
      'Male',
      '',
      '07700 900123',
    ],
    // An email address with a space in it.
    [
      'Sam',
      'Jones',
      `sam jones.${stamp}@example.test`,
      `E2E-${stamp}-3`,
      '',
      programme,
      'Male',
      '',
      '',
    ],
    // No first name on a row that creates.
    ['', 'Nobody', email('nobody'), `E2E-${stamp}-4`, '', programme, 'Female', '', ''],
    // A date that is not dd/mm/yyyy.
    [
      'Ria',
      'Patel',
      email('ria.patel'),
      `E2E-${stamp}-5`,
      '',
      programme,
      'Female',
      '31-02-2004',
      '',
    ],
  ];
  // A column Roster does not know: reported in the preview, never fatal.
  return `${[header, ...rows.map((row) => [...row, 'teal'].join(','))].join('\r\n')}\r\n`;
}

function flatten(trees: GroupTree[]): GroupTree[] {
  return trees.flatMap((tree) => [tree, ...flatten(tree.children)]);
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await openPage(browser, app.baseUrl);
  await signIn(page, 'admin@demo.example');
  const trees = await apiInPage<GroupTree[]>(page, 'GET', '/groups');
  for (const candidate of flatten(trees.body).filter((g) => g.accessible !== false)) {
    const offered = await apiInPage<{ items: { name: string }[] }>(
      page,
      'GET',
      `/programmes?groupId=${candidate.id}`,
    );
    const first = offered.body.items[0];
    if (first) {
      group = { id: candidate.id, name: candidate.name };
      programme = first.name;
      break;
    }
  }
  expect(programme, 'a demo group that offers a programme').toBeTruthy();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
const count = async (verdict: string) =>
  Number((await page.getByTestId(`count-${verdict}`).textContent())?.replaceAll(',', ''));

/** Waits until the preview grid has answered and its spinner is gone. */
async function gridSettled() {
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
}

describe('Upload users', () => {
  test('is reached from the menu and from the Users overview, and passes axe', async () => {
    await menuLink(page, 'Users overview').click();
    await heading('Users overview').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Upload users' }).click();
    await heading('Upload users').waitFor();
    expect(new URL(page.url()).pathname).toBe('/users/imports');
    await expect.poll(() => page.title()).toBe('Upload users – Roster');

    await menuLink(page, 'Users').click();
    await heading('Users').waitFor();
    await menuLink(page, 'Upload users').click();
    await heading('Upload users').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Send invitations' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Create new people only' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('heading', { name: 'Earlier uploads' }).waitFor();
    await expectNoA11yViolations(page);
  });

  test('the "?" panel lists every column, the mandatory six, formats and the template', async () => {
    await page.getByRole('button', { name: 'Columns of the file' }).click();
    const panel = page.getByRole('dialog', { name: 'Columns of the file' });
    await panel.waitFor();
    const mandatory = await panel
      .locator('.ant-table-tbody tr')
      .filter({ has: page.getByRole('cell', { name: 'Yes', exact: true }) })
      .locator('td:first-child strong')
      .allTextContents();
    expect(mandatory).toEqual([
      'First name',
      'Last name',
      'Email',
      'Reference number',
      'Group',
      'Programme',
    ]);
    const text = (await panel.textContent()) ?? '';
    for (const words of [
      'dd/mm/yyyy',
      'National Insurance number',
      'UK postcode',
      'UK mobile number',
      'Password or SAML',
      'SAML unique ID',
      'no email address has a space in it',
    ])
      expect(text, words).toContain(words);
    const template = panel.getByRole('link', { name: 'Download the template file' });
    expect(await template.getAttribute('href')).toBe('/api/v1/imports/template.csv');
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/v1/imports/template.csv');
      return { status: response.status, text: await response.text() };
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/First name/i);
    await expectNoA11yViolations(page);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
  });

  test('a file that cannot be read gets one clear error and no preview', async () => {
    await page.locator('#import-file').setInputFiles({
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(''),
    });
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/imports') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    expect((await answered).status()).toBeGreaterThanOrEqual(400);
    const alert = page.getByRole('alert').filter({ hasText: 'The file could not be read' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/users/imports');
    await expectNoA11yViolations(page);
  });

  test('uploads a file with good and bad rows and previews every row', async () => {
    await page.locator('#import-file').setInputFiles({
      name: `cohort-${stamp}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(fileText()),
    });
    await page.getByText(`cohort-${stamp}.csv`).waitFor();
    await page.getByLabel('Default group', { exact: true }).click();
    await treeNode(page, `${group.name} (${group.id})`).click();
    // The browser hides a multipart body from the test: note the form's fields as it is sent.
    await page.evaluate(() => {
      const store = globalThis as unknown as { __sentForm?: [string, string][] };
      const original = globalThis.fetch;
      globalThis.fetch = async (input, init) => {
        const body =
          init?.body instanceof FormData
            ? init.body
            : input instanceof Request && input.method === 'POST'
              ? await input
                  .clone()
                  .formData()
                  .catch(() => null)
              : null;
        if (body) {
          const fields: [string, string][] = [];
          body.forEach((value, key) => {
            fields.push([key, typeof value === 'string' ? value : `file:${value.name}`]);
          });
          store.__sentForm = fields;
        }
        return original(input, init);
      };
    });
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/imports') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    const upload = await answered;
    expect([201, 202]).toContain(upload.status());
    const sent = await page.evaluate(
      () => (globalThis as unknown as { __sentForm?: [string, string][] }).__sentForm,
    );
    expect(Object.fromEntries(sent ?? [])).toEqual({
      defaultGroupId: String(group.id),
      sendInvitations: 'true',
      mode: 'create',
      file: `file:cohort-${stamp}.csv`,
    });

    await page.waitForURL(/\/users\/imports\/[^/]+$/);
    importPath = new URL(page.url()).pathname;
    await heading(`Upload: cohort-${stamp}.csv`).waitFor();
    // Read while the server reads (202), then the counts once previewed.
    await page.getByTestId('count-error').waitFor({ timeout: 60_000 });
    expect(await count('create')).toBe(2);
    expect(await count('update')).toBe(0);
    expect(await count('unchanged')).toBe(0);
    expect(await count('error')).toBe(3);
    await gridSettled();
    expect(await rows().count()).toBe(5);
    const verdicts = await rows().locator('[data-verdict]').allTextContents();
    expect(verdicts.filter((v) => v === 'Will create')).toHaveLength(2);
    expect(verdicts.filter((v) => v === 'Error')).toHaveLength(3);
    expect(await page.getByRole('button', { name: 'Import 2 rows' }).isEnabled()).toBe(true);
    expect(await page.getByTestId('unknown-columns').textContent()).toContain(
      '1 column is not read: Favourite colour',
    );
    await expectNoA11yViolations(page);
  });

  test('filters to the errors, each problem named by its column', async () => {
    const answered = page.waitForResponse(
      (r) => r.url().includes('/rows?') && r.url().includes('verdict=error') && r.ok(),
    );
    await page.locator('.ant-radio-button-wrapper', { hasText: 'Errors (3)' }).click();
    await answered;
    await gridSettled();
    expect(new URL(page.url()).searchParams.get('verdict')).toBe('error');
    expect(await rows().count()).toBe(3);
    expect(await rows().locator('[data-verdict]').allTextContents()).toEqual([
      'Error',
      'Error',
      'Error',
    ]);
    const problemOf = async (text: string) =>
      (await rows().filter({ hasText: text }).locator('.import-problems').textContent()) ?? '';
    expect(await problemOf('sam jones')).toMatch(/^Email: /);
    expect(await problemOf('Nobody')).toMatch(/^First name: /);
    const badDate = await problemOf('31-02-2004');
    expect(badDate).toMatch(/^Date of birth: /);
    // What to do: the column's format beside the server's words.
    expect(badDate).toContain('dd/mm/yyyy');
    expect(await rows().filter({ hasText: 'sam jones' }).locator('[data-problem]').count()).toBe(1);
    await expectNoA11yViolations(page);

    // The filter lives in the address: a reload shows the same rows.
    await page.reload();
    await page.getByTestId('count-error').waitFor();
    await gridSettled();
    expect(await rows().count()).toBe(3);
  });

  test('imports the valid rows after a confirmation, showing progress, then the results', async () => {
    // Hold the polled answers while the import runs, so the progress can be read however fast
    // the server is; they go through unchanged when released.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const passing: Promise<void>[] = [];
    const held = (route: Route) => {
      const through = released.then(() => route.continue());
      passing.push(through);
      return through;
    };
    const polled = (url: URL) => url.pathname === `/api/v1${importPath.replace('/users', '')}`;
    await page.route(polled, held);
    try {
      await page.getByRole('button', { name: 'Import 2 rows' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import 2 rows?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('2 people will be created');
      expect(await dialog.textContent()).toContain(
        'Each new person will be emailed an invitation.',
      );
      // The dialog fades in: its colours are read once it is fully opaque.
      await expect
        .poll(() =>
          dialog.getByRole('button', { name: 'Import', exact: true }).evaluate((button) => {
            let opacity = 1;
            for (let at: Element | null = button; at; at = at.parentElement)
              opacity *= Number(getComputedStyle(at).opacity);
            return opacity;
          }),
        )
        .toBe(1);
      await expectNoA11yViolations(page);
      const committed = page.waitForResponse(
        (r) => r.url().endsWith('/commit') && r.request().method() === 'POST',
      );
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      expect((await committed).status()).toBe(202);

      // The dialog fades out; the page behind it is checked once it has gone.
      await dialog.waitFor({ state: 'hidden' });
      const progress = page.getByTestId('import-progress');
      await progress.waitFor();
      await progress.getByRole('heading', { name: 'Importing' }).waitFor();
      const bar = progress.getByRole('progressbar', { name: 'Rows imported' });
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
      expect(await page.getByTestId('import-progress-rows').textContent()).toMatch(
        /^\d+ of 2 rows done$/,
      );
      expect(await page.getByTestId('import-time-left').textContent()).toBeTruthy();
      expect(await page.getByTestId('import-stage').textContent()).toBe('Importing');
      await expectNoA11yViolations(page);
    } finally {
      release();
      await Promise.all(passing);
      await page.unroute(polled, held);
    }
    const done = page.getByTestId('import-imported');
    await done.waitFor({ timeout: 90_000 });
    expect(await done.textContent()).toBe('2 people imported');
    expect(await page.getByTestId('import-stage').textContent()).toBe('Imported');
    await page.getByText('3 rows were not imported because of errors').waitFor();
    await expectNoA11yViolations(page);
  });

  test('the upload is found again in the history, and its results file downloads', async () => {
    await menuLink(page, 'Upload users').click();
    await heading('Upload users').waitFor();
    const history = page.locator('.ant-table-tbody tr.ant-table-row').filter({
      hasText: `cohort-${stamp}.csv`,
    });
    await history.waitFor();
    expect(await history.locator('[data-status]').textContent()).toBe('Imported');
    expect(await history.textContent()).toContain('2 created');
    await expectNoA11yViolations(page);
    await history.getByRole('link', { name: `cohort-${stamp}.csv` }).click();
    await page.getByTestId('import-imported').waitFor();
    expect(new URL(page.url()).pathname).toBe(importPath);

    const link = page.getByRole('link', { name: 'Export results' });
    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const table: string[][] = parse(text.slice(1), { relax_column_count: true });
    const [header = [], ...body] = table;
    expect(header.slice(-2)).toEqual(['Status', 'Reason']);
    const emailAt = header.indexOf('Email');
    expect(emailAt).toBeGreaterThanOrEqual(0);
    expect(body).toHaveLength(5);
    const byEmail = (start: string) => {
      const row = body.find((cells) => (cells[emailAt] ?? '').startsWith(start));
      return { status: row?.at(-2) ?? '', reason: row?.at(-1) ?? '' };
    };
    expect(byEmail('amira.khan').reason).toBe('');
    expect(byEmail('amira.khan').status).not.toBe(byEmail('sam jones').status);
    expect(byEmail('sam jones').reason).not.toBe('');
    expect(byEmail('ria.patel').reason).not.toBe('');
  });
});

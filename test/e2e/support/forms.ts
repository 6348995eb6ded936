/** Helpers for antd forms in browser tests. */
import type { Page } from 'playwright-core';

/** antd's visible option (the role=option elements are its hidden screen-reader copy). */
export const option = (page: Page, label: string) =>
  page.locator(`.ant-select-item-option[title="${label}"]`);

/** Opens the dropdown labelled `label` and picks `choice`. */
export async function choose(page: Page, label: string, choice: string) {
  await page.getByLabel(label, { exact: true }).click();
  await option(page, choice).click();
}

/** The message shown under the form field labelled `label`. */
export const fieldError = (page: Page, label: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');

/** Runs `fetch` inside the signed-in page, CSRF token included, and answers the JSON body. */
export async function apiInPage<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const session = JSON.parse(await (await fetch('/api/v1/session')).text());
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  // The server's answer; the caller says which shape it expects.
  const parsed: T = JSON.parse(answer.text);
  return { status: answer.status, body: parsed };
}

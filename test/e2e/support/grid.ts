/** Reading an antd data grid by its column headers, so a new column (ticks, actions) moves nothing. */
import type { Page } from 'playwright-core';

export const gridRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** The texts of one column of the rows shown, found by the header's text. */
export async function gridColumn(page: Page, header: string): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allTextContents();
  const index = headers.findIndex((text) => text.trim() === header);
  if (index < 0) throw new Error(`No column "${header}" among: ${headers.join(' | ')}`);
  return gridRows(page)
    .locator(`td:nth-child(${index + 1})`)
    .allTextContents();
}

/**
 * Choosing groups in an open group tree (antd TreeSelect). On a loaded machine a click can land
 * while the tree is still settling, or two quick clicks can race, and a choice is silently
 * lost; so each node is clicked until the tree shows it chosen, and all are checked at the end.
 */
import type { Locator, Page } from 'playwright-core';

/** A node of the tree in the open drop-down, by its title (`Name (id)`). */
export const treeNode = (page: Page, title: string) =>
  page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper[title="${title}"]`,
  );

const isChosen = async (node: Locator) =>
  ((await node.getAttribute('class')) ?? '').includes('ant-select-tree-node-selected');

async function becomesChosen(node: Locator, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await isChosen(node)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Chooses every title in the open tree, leaving each chosen (clicks never toggle one off). */
export async function pickTreeNodes(page: Page, titles: string[]) {
  for (let round = 0; round < 4; round++) {
    for (const title of titles) {
      const node = treeNode(page, title);
      if (await isChosen(node)) continue;
      await node.click();
      await becomesChosen(node, 3000);
    }
    const chosen = await Promise.all(titles.map((title) => isChosen(treeNode(page, title))));
    if (chosen.every(Boolean)) return;
  }
  throw new Error(`The group tree did not keep all of: ${titles.join(', ')}`);
}

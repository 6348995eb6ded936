/** The menu of sections on every signed-in page: beside the page from 992 px wide, else in a drawer. */
import type { Page } from 'playwright-core';

export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main' });

export const menuLink = (page: Page, name: string) =>
  mainMenu(page).getByRole('link', { name, exact: true });

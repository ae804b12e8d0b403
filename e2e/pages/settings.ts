import { expect, type Locator, type Page } from '@playwright/test';

/** /settings — language, storage, backup, about. */
export class SettingsPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger' }).click();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/settings$/);
    await expect(this.main.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
    await expect(this.main.getByRole('heading', { name: 'Sikkerhedskopi', exact: true })).toBeVisible();
  }
}

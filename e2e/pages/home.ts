import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/text';

/** /: facilities and their councils. */
export class HomePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Jeres tilbud og råd' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  facility(name: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { name });
  }

  async openCouncil(name: string): Promise<void> {
    await this.page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .first()
      .click();
    await expect(this.page).toHaveURL(/\/councils\/[^/]+$/);
  }
}

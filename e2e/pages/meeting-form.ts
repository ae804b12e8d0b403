import { expect, type Locator, type Page } from '@playwright/test';

export interface MeetingFields {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  start: string;
  end: string;
  location?: string;
}

/** /councils/:id/meetings/new and /meetings/:id/edit */
export class MeetingFormPage {
  readonly main: Locator;
  readonly title: Locator;
  readonly date: Locator;
  readonly start: Locator;
  readonly end: Locator;
  readonly location: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.title = this.main.getByLabel('Mødets navn');
    this.date = this.main.getByLabel('Dato');
    this.start = this.main.getByLabel('Starter kl.');
    this.end = this.main.getByLabel('Slutter kl.');
    this.location = this.main.getByLabel('Sted');
    this.createButton = this.main.getByRole('button', { name: 'Opret mødet' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 1, name: 'Nyt møde' })).toBeVisible();
  }

  async fill(fields: MeetingFields): Promise<void> {
    await this.title.fill(fields.title);
    await this.date.fill(fields.date);
    await this.start.fill(fields.start);
    await this.end.fill(fields.end);
    if (fields.location !== undefined) await this.location.fill(fields.location);
  }

  /** The error message shown next to a field (its role=alert span). */
  errorNear(field: Locator): Locator {
    return field.locator('xpath=..').getByRole('alert');
  }

  async create(): Promise<void> {
    await this.createButton.click();
    await expect(this.page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  }
}

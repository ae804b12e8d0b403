import { expect, type Locator, type Page } from '@playwright/test';

/** /welcome: an empty app guides staff to their own facility and council, or example data. */
export class FirstRunPage {
  readonly heading: Locator;
  readonly exampleButton: Locator;
  readonly ownButton: Locator;
  readonly offlineReadyNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Velkommen til Rådet' });
    this.exampleButton = page.getByRole('button', { name: 'Start med eksempeldata' });
    this.ownButton = page.getByRole('button', { name: 'Opret jeres eget tilbud' });
    this.offlineReadyNotice = page.getByRole('status').filter({ hasText: 'Rådet virker nu også uden internet.' });
  }

  /** Opens the app the way a new user does: at "/", which sends an empty app to /welcome. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page).toHaveURL(/\/welcome$/);
    await expect(this.heading).toBeVisible();
  }

  /** Waits for "Rådet virker nu også uden internet." after the first visit and closes it. */
  async dismissOfflineReady(): Promise<void> {
    await expect(this.offlineReadyNotice).toBeVisible({ timeout: 15_000 });
    await this.offlineReadyNotice.getByRole('button', { name: 'OK' }).click();
    await expect(this.offlineReadyNotice).toBeHidden();
  }

  async startWithExampleData(): Promise<void> {
    await this.exampleButton.click();
    await expect(this.page).toHaveURL(/\/councils\/[^/]+$/);
  }

  /** A fresh app with the example data, on the example council's page; returns its address. */
  async openExampleCouncil(): Promise<string> {
    await this.open();
    await this.startWithExampleData();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Brugerrådet' })).toBeVisible();
    return this.page.url();
  }

  async openOwnForm(): Promise<Locator> {
    await this.ownButton.click();
    const form = this.page.getByRole('region', { name: 'Jeres tilbud og råd' });
    await expect(form).toBeVisible();
    return form;
  }

  async createOwn({ facility, council }: { facility: string; council?: string }): Promise<void> {
    const form = await this.openOwnForm();
    await form.getByLabel('Tilbuddets navn').fill(facility);
    if (council !== undefined) await form.getByLabel('Rådets navn').fill(council);
    await form.getByRole('button', { name: 'Opret og gå videre' }).click();
    await expect(this.page).toHaveURL(/\/councils\/[^/]+$/);
  }
}

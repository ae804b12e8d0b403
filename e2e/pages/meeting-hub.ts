import { expect, type Locator, type Page } from '@playwright/test';

export type MeetingStatus = 'Planlagt' | 'Dagsorden klar' | 'I gang' | 'Holdt' | 'Referat færdigt';

/** /meetings/:id — the meeting hub: facts, status steps, the three phases. */
export class MeetingHubPage {
  readonly main: Locator;
  readonly prepareAgendaLink: Locator;
  readonly statusSteps: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.prepareAgendaLink = this.main.getByRole('link', { name: 'Forbered dagsorden' });
    this.statusSteps = this.main.getByRole('list', { name: 'Mødets status' });
  }

  get meetingId(): string {
    const match = /\/meetings\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a meeting page: ${this.page.url()}`);
    return match[1];
  }

  async open(meetingId: string): Promise<void> {
    await this.page.goto(`/meetings/${meetingId}`);
    await expect(this.statusSteps).toBeVisible();
  }

  async expectTitle(title: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expect(this.main.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async expectStatus(status: MeetingStatus): Promise<void> {
    // The current step is marked aria-current="step" (and says "Nu").
    const current = this.statusSteps.locator('[aria-current="step"]');
    await expect(current).toContainText(status);
    await expect(current).toContainText('Nu');
  }

  async prepareAgenda(): Promise<void> {
    await this.prepareAgendaLink.click();
    await expect(this.page).toHaveURL(/\/agenda$/);
  }

  async markAgendaReady(): Promise<void> {
    await this.main.getByRole('button', { name: 'Dagsordenen er klar' }).click();
    await this.expectStatus('Dagsorden klar');
  }

  /** "Start mødet" on the hub: starts the meeting and opens meeting mode at the first item. */
  async startMeeting(): Promise<void> {
    await this.main.getByRole('button', { name: 'Start mødet' }).click();
    await expect(this.page).toHaveURL(/\/during$/);
  }

  async openBefore(): Promise<void> {
    await this.main.getByRole('link', { name: /^Før mødet/ }).click();
    await expect(this.page).toHaveURL(/\/before$/);
  }

  async openDuring(): Promise<void> {
    await this.main.getByRole('link', { name: /^Under mødet/ }).click();
    await expect(this.page).toHaveURL(/\/during$/);
  }

  async openAfter(): Promise<void> {
    await this.main.getByRole('link', { name: /^Efter mødet/ }).click();
    await expect(this.page).toHaveURL(/\/after$/);
  }
}

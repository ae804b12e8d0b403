import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/text';

/** /councils/:id — a council's meetings and the way to its members. */
export class CouncilPage {
  readonly main: Locator;
  readonly newMeetingLink: Locator;
  readonly membersLink: Locator;
  readonly upcoming: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.newMeetingLink = this.main.getByRole('link', { name: 'Nyt møde' });
    this.membersLink = this.main.getByRole('link', { name: /^Medlemmer \(\d+\)$/ });
    this.upcoming = this.main.getByRole('region', { name: 'Kommende møder' });
  }

  async expectCouncil(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/councils\/[^/]+$/);
    await expect(this.main.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async openMembers(): Promise<void> {
    await this.membersLink.click();
    await expect(this.page).toHaveURL(/\/members$/);
  }

  async newMeeting(): Promise<void> {
    await this.newMeetingLink.click();
    await expect(this.page).toHaveURL(/\/meetings\/new$/);
  }

  meetingLink(title: string): Locator {
    return this.main.getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  async openMeeting(title: string): Promise<void> {
    await this.meetingLink(title).first().click();
    await expect(this.page).toHaveURL(/\/meetings\/[^/]+$/);
  }
}

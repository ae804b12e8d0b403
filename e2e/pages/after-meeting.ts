import { expect, type Locator, type Page } from '@playwright/test';

/** /meetings/:id/after — "Efter mødet": decisions with follow-up, easy-read minutes, print, publish. */
export class AfterMeetingPage {
  readonly main: Locator;
  readonly decisions: Locator;
  readonly minutes: Locator;
  readonly present: Locator;
  readonly printButton: Locator;
  readonly publishButton: Locator;
  readonly readAllButton: Locator;
  readonly stopReadingButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.decisions = this.main.getByRole('region', { name: 'Det har vi besluttet' }).getByRole('article');
    this.minutes = this.main.getByRole('region', { name: /^Referat: / });
    this.present = this.minutes.getByRole('region', { name: 'Dem, der var med' });
    this.printButton = this.main.getByRole('button', { name: 'Print referat' });
    this.publishButton = this.main.getByRole('button', { name: 'Gør referatet færdigt' });
    this.readAllButton = this.minutes.getByRole('button', { name: 'Læs hele referatet op' });
    this.stopReadingButton = this.minutes.getByRole('button', { name: 'Stop oplæsningen' });
  }

  async expectLoaded(meetingTitle: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/after$/);
    await expect(this.main.getByRole('heading', { level: 1, name: `Efter mødet: ${meetingTitle}` })).toBeVisible();
    await expect(this.minutes).toBeVisible();
  }

  decision(text: string): Locator {
    return this.decisions.filter({ hasText: text });
  }

  /** Names listed under a heading of the attendance part ("Dem, der var med" / "Dem, der ikke var med"). */
  async names(heading: 'Dem, der var med' | 'Dem, der ikke var med'): Promise<string[]> {
    const list = this.present
      .getByRole('heading', { name: heading, exact: true })
      .locator('xpath=following-sibling::ul[1]');
    // The text a screen reader gets: without aria-hidden parts (e.g. the initial in an avatar).
    return list.getByRole('listitem').evaluateAll((items) =>
      items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return Array.from(copy.querySelectorAll('span, img'))
          .map((part) => (part instanceof HTMLImageElement ? part.alt : (part.textContent ?? '')).trim())
          .filter(Boolean)
          .join(' ');
      }),
    );
  }

  minutesItem(title: string): Locator {
    return this.minutes
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  async publish(): Promise<void> {
    await this.publishButton.click();
    await this.main.getByRole('button', { name: 'Ja, det er færdigt' }).click();
    await expect(this.main.getByText(/^Færdigt /)).toBeVisible();
  }
}

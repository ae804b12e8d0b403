import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/text';

/** /meetings/:id/before — "Før mødet": the picture agenda for residents, one big card per item. */
export class PictureAgendaPage {
  readonly main: Locator;
  readonly cardList: Locator;
  readonly cards: Locator;
  readonly previewBar: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.cardList = this.main.getByRole('list', { name: /^Det skal vi tale om/ });
    this.cards = this.cardList.getByRole('article');
    this.previewBar = page.getByRole('region', { name: 'Forhåndsvisning' });
  }

  async expectLoaded(meetingTitle: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/before(\?preview=1)?$/);
    await expect(this.main.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible();
    await expect(this.cards.first()).toBeVisible();
  }

  card(title: string): Locator {
    // A numbered item is "Punkt n: title"; a break has no number ("Pause: title", or just its title).
    return this.cardList.getByRole('article', { name: new RegExp(`^(Punkt \\d+: |Pause: )?${escapeRegExp(title)}$`) });
  }

  /** The card titles in order, as "Punkt n: title" (a break without a number). */
  async cardNames(): Promise<string[]> {
    return this.cards.evaluateAll((articles) =>
      articles.map((a) => (a.getAttribute('aria-label') ?? a.querySelector('h3')?.textContent ?? '').trim()),
    );
  }

  /** How the cards look to assistive technology; equal strings mean the same cards. */
  async cardsSnapshot(): Promise<string> {
    return this.cardList.ariaSnapshot();
  }

  /** Every card's images have loaded (naturalWidth > 0); returns how many images were checked. */
  async expectCardImagesLoaded(): Promise<number> {
    const images = this.cards.locator('img');
    await expect(images.first()).toBeVisible();
    const count = await images.count();
    await expect
      .poll(() =>
        images.evaluateAll((imgs) =>
          imgs
            .filter((img) => (img as HTMLImageElement).naturalWidth === 0)
            .map((img) => (img as HTMLImageElement).src),
        ),
      )
      .toEqual([]);
    return count;
  }

  async back(): Promise<void> {
    await this.page.getByRole('link', { name: 'Tilbage', exact: true }).click();
    await expect(this.page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/text';

export type KindLabel = 'Ja, nej eller ved ikke' | 'Vælg 1 mulighed' | 'Vælg op til et antal' | 'Smiley-skala';
export type ModeLabel = 'Åbent på tabletten' | 'Hemmeligt på tabletten' | 'Talt i hånden';

export interface VoteOptionInput {
  label: string;
  /** Word typed into the picture filter, and the pictogram to pick. */
  pictogram: { search: string; name: string };
}

/** The example's coffee machine item, voted on with two pictures from the full symbol search. */
export const coffeeOrTea: VoteOptionInput[] = [
  { label: 'Kaffekande', pictogram: { search: 'kande', name: 'Kaffekande' } },
  { label: 'Te', pictogram: { search: 'te', name: 'Te' } },
];

/** Votes of every kind and way in meeting mode, and the secret pass-the-tablet flow. */
export class VotingPage {
  readonly staffControls: Locator;
  readonly startDialog: Locator;
  /** The voter's private screen (and the thank-you and hand-over after it). */
  readonly privateScreen: Locator;

  constructor(readonly page: Page) {
    this.staffControls = page.getByRole('navigation', { name: 'Styring for medarbejdere' });
    this.startDialog = page.getByRole('dialog', { name: 'Start afstemning' });
    this.privateScreen = page.getByRole('dialog').and(page.locator('.ballot-screen'));
  }

  async startVote({
    kind,
    mode,
    options = [],
    spokenChoices = false,
  }: {
    kind: KindLabel;
    mode: ModeLabel;
    options?: VoteOptionInput[];
    /** Secret votes: staff tick "read the choice aloud" (a tablet with headphones). */
    spokenChoices?: boolean;
  }): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Start afstemning' }).click();
    await expect(this.startDialog).toBeVisible();
    // Clicked, then awaited: choosing a kind with options re-renders much of the dialog.
    await this.startDialog.getByRole('radio', { name: kind }).click();
    await expect(this.startDialog.getByRole('radio', { name: kind })).toBeChecked();
    await this.startDialog.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    for (const [index, option] of options.entries()) {
      const number = index + 1;
      if (number > 2) await this.startDialog.getByRole('button', { name: 'Tilføj mulighed' }).click();
      await this.startDialog.getByRole('textbox', { name: `Navn på mulighed ${number}` }).fill(option.label);
      await this.pickOptionPicture(number, option.pictogram);
    }
    if (spokenChoices) await this.spokenChoicesBox.check();
    await this.startDialog.getByRole('button', { name: 'Start afstemningen' }).click();
    await expect(this.startDialog).toBeHidden();
  }

  /** The option's picture, from the same full symbol search as the agenda. */
  async pickOptionPicture(number: number, pictogram: { search: string; name: string }): Promise<void> {
    await this.startDialog.getByRole('button', { name: new RegExp(`Billede til mulighed ${number}$`) }).click();
    await expect(this.picker).toBeVisible();
    await this.picker.getByRole('searchbox', { name: 'Søg efter billede' }).fill(pictogram.search);
    await this.picker
      .getByRole('button', { name: new RegExp(`^✓?\\s*${escapeRegExp(pictogram.name)}\\s*✓?$`) })
      .click();
    await expect(this.picker).toBeHidden();
    await expect(this.startDialog).toBeVisible();
  }

  /** "Read the choice aloud" in the start dialog: only there for a secret vote. */
  get spokenChoicesBox(): Locator {
    return this.startDialog.getByRole('checkbox', { name: 'Læs valget højt, når en person trykker' });
  }

  get picker(): Locator {
    return this.page.getByRole('dialog', { name: 'Vælg et piktogram' });
  }

  get voterGrid(): Locator {
    return this.page.getByRole('list', { name: 'Dem, der kan stemme' });
  }

  voter(name: string): Locator {
    return this.voterGrid.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** The whole secret flow for one voter; checks the hand-over shows nothing of the choice. */
  async voteSecretly(name: string, option: string, hidden: string[] = [option]): Promise<void> {
    await this.voter(name).click();
    await expect(this.privateScreen).toBeVisible();
    await this.privateScreen.getByRole('button', { name: option, exact: true }).click();
    await expect(this.privateScreen.getByRole('heading', { name: 'Er du sikker?' })).toBeVisible();
    await this.privateScreen.getByRole('button', { name: 'Det er min stemme' }).click();
    await expect(this.privateScreen.getByRole('heading', { name: 'Tak, din stemme er talt' })).toBeVisible();
    await this.privateScreen.getByRole('button', { name: 'Videre' }).click();
    await this.expectCleanHandOver(hidden);
    await this.privateScreen.getByRole('button', { name: 'Næste person' }).click();
    await expect(this.page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
  }

  /** The hand-over screen: nothing of what the previous voter chose, in words or pictures. */
  async expectCleanHandOver(hidden: string[]): Promise<void> {
    const handOver = this.page.getByTestId('ballot-hand-over');
    await expect(handOver.getByRole('heading', { name: 'Giv tabletten videre' })).toBeVisible();
    const visibleText = await this.page.locator('body').innerText();
    for (const word of hidden) expect(visibleText, 'hand-over must not show the previous choice').not.toContain(word);
  }

  /** Closes the vote, confirming when the bar asks because some have not voted. */
  async closeVote(): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Luk afstemningen' }).click();
    const closed = this.page.getByRole('heading', { name: /^Afstemningen er slut/ }).first();
    const confirm = this.staffControls.getByRole('button', { name: 'Ja, luk afstemningen' });
    await expect(closed.or(confirm)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
    await expect(closed).toBeVisible();
  }

  /** A result row: option label with one mark per vote. */
  async expectMarks(option: string, count: number): Promise<void> {
    const row = this.page.locator('.vote-result__row').filter({ has: this.page.getByText(option, { exact: true }) });
    const marks = row.getByRole('img', { name: count === 1 ? '1 stemme' : `${count} stemmer` });
    await expect(marks).toBeVisible();
    await expect(marks.locator('svg')).toHaveCount(count);
  }
}

/** Raw IndexedDB rows of any store of the 'raadet' database, read past the app. */
export async function rawRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('raadet');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    } finally {
      db.close();
    }
  }, store);
}

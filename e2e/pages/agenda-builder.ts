import { expect, type Locator, type Page } from '@playwright/test';

export type ItemKind = 'Information' | 'Drøftelse' | 'Beslutning' | 'Afstemning' | 'Runden rundt' | 'Pause';

export interface NewItem {
  kind: ItemKind;
  title: string;
  /** Word typed into the picker's search box, and the name of the tile to tap. */
  pictogram?: { search: string; name: string };
  details?: string;
  minutes?: number;
}

/** /meetings/:id/agenda — staff build the agenda: add, edit, move, delete, preview. */
export class AgendaBuilderPage {
  readonly main: Locator;
  readonly list: Locator;
  readonly addButton: Locator;
  readonly form: Locator;
  readonly picker: Locator;
  readonly previewLink: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.list = this.main.getByRole('list', { name: 'Punkter på dagsordenen' });
    this.addButton = this.main.getByRole('button', { name: 'Tilføj punkt' });
    this.form = this.main.getByRole('form', { name: 'Nyt punkt' });
    this.picker = page.getByRole('dialog', { name: 'Vælg et piktogram' });
    this.previewLink = this.main.getByRole('link', { name: 'Vis som beboerne ser det' });
  }

  async expectLoaded(meetingTitle: string): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 1, name: `Dagsorden: ${meetingTitle}` })).toBeVisible();
  }

  async openAddForm(): Promise<void> {
    await this.addButton.click();
    await expect(this.form).toBeVisible();
  }

  async openPicker(): Promise<void> {
    await this.form.getByRole('button', { name: 'Vælg piktogram' }).click();
    await expect(this.picker).toBeVisible();
  }

  async pickPictogram(search: string, name: string): Promise<void> {
    await this.openPicker();
    await this.picker.getByRole('searchbox', { name: 'Søg efter billede' }).fill(search);
    await this.picker.getByRole('button', { name, exact: true }).click();
    await expect(this.picker).toBeHidden();
    await expect(this.form.getByText(`Piktogram: ${name}`)).toBeVisible();
  }

  async fillForm(item: NewItem): Promise<void> {
    await this.form.getByRole('radio', { name: item.kind, exact: true }).check();
    await this.form.getByLabel('Titel', { exact: true }).fill(item.title);
    if (item.pictogram) await this.pickPictogram(item.pictogram.search, item.pictogram.name);
    if (item.details !== undefined) await this.form.getByLabel('Mere tekst (valgfri)').fill(item.details);
    if (item.minutes !== undefined) await this.form.getByLabel('Planlagt tid i minutter').fill(String(item.minutes));
  }

  async submitForm(): Promise<void> {
    await this.form.getByRole('button', { name: 'Tilføj punktet' }).click();
  }

  async add(item: NewItem): Promise<void> {
    await this.openAddForm();
    await this.fillForm(item);
    await this.submitForm();
    await expect(this.form).toBeHidden();
    await expect(this.row(item.title)).toBeVisible();
  }

  /** The rows' titles, in order. */
  async titles(): Promise<string[]> {
    const headings = this.list.getByRole('listitem').getByRole('heading');
    return (await headings.allInnerTexts()).map((t) => t.replace(/^Punkt \d+:\s*/, '').trim());
  }

  row(title: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title });
  }

  async moveUp(title: string): Promise<void> {
    await this.main.getByRole('button', { name: `Flyt op: ${title}` }).click();
  }

  async remove(title: string): Promise<void> {
    await this.main.getByRole('button', { name: `Slet: ${title}` }).click();
    await this.main.getByRole('button', { name: 'Ja, slet punktet' }).click();
    await expect(this.row(title)).toHaveCount(0);
  }

  async openPreview(): Promise<void> {
    await this.previewLink.click();
    await expect(this.page).toHaveURL(/\/before\?preview=1$/);
  }
}

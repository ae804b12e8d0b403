import { expect, type Locator, type Page } from '@playwright/test';

export type Role = 'Beboer' | 'Pårørende' | 'Medarbejder' | 'Gæst';

export interface NewMember {
  name: string;
  role: Role;
  /** A picture file to upload with "Vælg et foto". */
  photo?: string;
  photoConsent?: boolean;
  /** For a relative: the resident they speak for. */
  represents?: string;
}

/** /councils/:id/members — list of members and the form to add one. */
export class MembersPage {
  readonly main: Locator;
  readonly addForm: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.addForm = this.main.getByRole('region', { name: 'Tilføj et medlem' });
    this.list = this.main.getByRole('list').first();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 1, name: /^Medlemmer af / })).toBeVisible();
  }

  card(name: string): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  async add(member: NewMember): Promise<void> {
    const form = this.addForm;
    await form.getByLabel('Navn', { exact: true }).fill(member.name);
    await form.getByLabel('Rolle').selectOption({ label: member.role });
    if (member.represents) await form.getByLabel('Repræsenterer').selectOption({ label: member.represents });
    if (member.photo) {
      await form.getByLabel('Vælg et foto').setInputFiles(member.photo);
      // Every photo goes through the crop step; the whole-photo frame it starts with is fine here.
      const crop = this.page.getByRole('dialog', { name: 'Beskær fotoet' });
      await crop.getByRole('button', { name: 'Brug udsnittet' }).click();
      await expect(crop).toBeHidden();
      await expect(form.getByRole('img', { name: 'Dit nye foto' })).toBeVisible();
    }
    if (member.photoConsent) await form.getByLabel('Billedet må vises i referater').check();
    await form.getByRole('button', { name: 'Tilføj medlem' }).click();
    await expect(form.getByRole('status').filter({ hasText: `${member.name} er tilføjet.` })).toBeVisible();
    await expect(this.card(member.name)).toBeVisible();
  }

  /** Opens the edit form of one member in place; returns it. */
  async edit(name: string): Promise<Locator> {
    await this.main.getByRole('button', { name: `Ret ${name}` }).click();
    const form = this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: `Ret ${name}` }) });
    await expect(form).toBeVisible();
    return form;
  }

  async heading(count: number): Promise<void> {
    await expect(
      this.main.getByRole('heading', { level: 2, name: `${count} ${count === 1 ? 'medlem' : 'medlemmer'}` }),
    ).toBeVisible();
  }
}

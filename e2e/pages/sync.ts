import { expect, type Locator, type Page } from '@playwright/test';

/** /setup, /connect and Settings → Synkronisering: a device joins the facility and shares its data. */
export class SyncPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async open(): Promise<void> {
    await this.page.goto('/settings/sync');
    await expect(this.main.getByRole('heading', { level: 1, name: 'Synkronisering' })).toBeVisible();
  }

  /** The first device, from the link in the server's log. */
  async setUp(code: string, { facility, device }: { facility: string; device: string }): Promise<void> {
    await this.page.goto(`/setup#code=${code}`);
    await this.main.getByLabel('Tilbuddets navn').fill(facility);
    await this.main.getByLabel('Navn på denne enhed').fill(device);
    await this.main.getByRole('button', { name: 'Opsæt' }).click();
    await expect(this.main.getByText(`Denne enhed er forbundet til ${facility}.`)).toBeVisible({ timeout: 20_000 });
  }

  /** Every change is at the server and back: the status says so without waiting for a tap. */
  async expectSynced(): Promise<void> {
    await this.open();
    await expect(this.main.getByText('Opdateret', { exact: true })).toBeVisible({ timeout: 30_000 });
  }

  /** Makes a one-time code on this (staff) device for a new one, and returns it as shown. */
  async addDevice(role: 'Fælles tablet' | 'Medarbejderenhed' | 'Administrator', name: string): Promise<string> {
    await this.open();
    const section = this.main.getByRole('region', { name: 'Tilføj en enhed' });
    await section.getByRole('radio', { name: role }).check();
    await section.getByLabel('Navn på den nye enhed (valgfrit)').fill(name);
    await section.getByRole('button', { name: 'Lav en kode' }).click();
    const code = section.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(code).toBeVisible();
    return (await code.innerText()).trim();
  }

  /** A new device types the code it was shown. */
  async connect(code: string, name: string): Promise<void> {
    await this.page.goto('/connect');
    await this.main.getByLabel('Kode', { exact: true }).fill(code);
    await this.main.getByLabel('Navn på denne enhed (valgfrit)').fill(name);
    await this.main.getByRole('button', { name: 'Forbind' }).click();
    await expect(this.main.getByRole('heading', { name: /Denne enhed er forbundet til / })).toBeVisible({
      timeout: 20_000,
    });
  }

  async revoke(name: string): Promise<void> {
    await this.open();
    await this.main.getByRole('button', { name: `Fjern adgang for ${name}` }).click();
    await this.main.getByRole('button', { name: 'Ja, fjern adgangen' }).click();
    await expect(this.main.getByRole('row', { name: new RegExp(name) })).toContainText('Adgang fjernet');
  }

  /** The server said no: the device says so, in words. */
  async expectRevoked(): Promise<void> {
    await this.open();
    await expect(this.main.getByText('Denne enhed har ikke længere adgang').first()).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByRole('banner').getByText('Ingen adgang')).toBeVisible();
  }
}

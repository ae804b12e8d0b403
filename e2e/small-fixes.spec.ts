// Issue 8, finding 10: the smaller things a real user noticed. One journey per fix, each one
// failing on the build before the fix (see the comment on each).
import { checkA11y } from './support/a11y';
import { liveRows } from './support/database';
import { dayFromToday } from './support/dates';
import { spokenText } from './support/spoken-text';
import { expect, test } from './support/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { AgendaBuilderPage } from './pages/agenda-builder';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { HomePage } from './pages/home';
import { MeetingFormPage } from './pages/meeting-form';
import { MeetingHubPage } from './pages/meeting-hub';
import { MembersPage } from './pages/members';

const here = path.dirname(fileURLToPath(import.meta.url));
const photo = path.join(here, 'fixtures', 'resident-photo.png');
const exampleMeeting = 'Brugerrådsmøde';

async function startWithExample(page: Page): Promise<void> {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
}

async function openExampleAgenda(page: Page): Promise<AgendaBuilderPage> {
  await startWithExample(page);
  await new CouncilPage(page).openMeeting(exampleMeeting);
  await new MeetingHubPage(page).prepareAgenda();
  const builder = new AgendaBuilderPage(page);
  await builder.expectLoaded(exampleMeeting);
  return builder;
}

/**
 * A phone-sized JPEG of 12 MB: 4000×3000 pixels of noise (which does not compress), padded after
 * its end marker to exactly 12 MB, as decoders ignore what follows the picture.
 */
async function twelveMegabytePhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const context = canvas.getContext('2d')!;
    const image = context.createImageData(canvas.width, canvas.height);
    let seed = 1;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      image.data[i] = seed & 255;
      image.data[i + 1] = (seed >> 8) & 255;
      image.data[i + 2] = (seed >> 16) & 255;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
    const size = 12 * 1024 * 1024;
    const bytes = new Uint8Array(Math.max(size, blob.size));
    bytes.set(new Uint8Array(await blob.arrayBuffer()));
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

test.describe('smaller things a real user noticed', () => {
  // Before: the field took 80 characters while the message said 60.
  test('an agenda title of six words warns while typing, still saves, and takes only what the message allows', async ({
    page,
  }) => {
    const builder = await openExampleAgenda(page);
    await builder.openAddForm();
    const title = builder.form.getByLabel('Titel', { exact: true });
    await title.fill('Vi skal tale om den nye have');
    const warning = builder.form
      .getByRole('status')
      .filter({ hasText: 'Titlen har 7 ord. Højst 5 ord er lettere at forstå.' });
    await expect(warning).toBeVisible();
    await checkA11y(page, 'agenda item form with the word warning');

    await title.fill('x'.repeat(80));
    await expect(title).toHaveValue('x'.repeat(60));
    await expect(title).toHaveAttribute('maxlength', '60');

    await title.fill('Sommerfest i haven med god grill');
    await expect(builder.form.getByRole('status').filter({ hasText: 'Titlen har 6 ord.' })).toBeVisible();
    await builder.submitForm();
    await expect(builder.form).toBeHidden();
    await expect(builder.row('Sommerfest i haven med god grill')).toBeVisible();
  });

  // Before: the row read "Information5 minutter" and the steps "Dagsorden klarNu".
  test('words that the eye sees apart are also read apart', async ({ page }) => {
    const builder = await openExampleAgenda(page);
    const row = builder.row('Velkommen');
    const spoken = await spokenText(row.locator('.agenda-row__meta'));
    expect(spoken).toBe('Information, 5 minutter');
    await page.goBack();
    const steps = new MeetingHubPage(page).statusSteps;
    await expect(steps).toBeVisible();
    expect(await spokenText(steps)).toContain('Dagsorden klar, Nu');
    // Nothing anywhere on these screens runs a small letter straight into a number.
    for (const text of [await spokenText(page.getByRole('main')), await spokenText(builder.list).catch(() => '')]) {
      expect(text).not.toMatch(/\p{Ll}\d/u);
    }
  });

  // Before: the agenda row's name was "Information5 minutter" on the agenda screen.
  test('no screen runs two words together in what a screen reader reads', async ({ page }) => {
    test.setTimeout(90_000);
    await startWithExample(page);
    const councilUrl = page.url();
    // A small letter straight before a capital or a digit, or a digit before a word: "klarNu", "Information5".
    const runTogether = /\p{Ll}\p{Lu}|\p{Ll}\d|\d\p{Ll}{2,}/u;
    const names = /OpenMoji|Emojibase/g;
    const found: string[] = [];
    const scan = async (screen: string) => {
      await expect(page.getByRole('main').first()).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Henter/ })).toHaveCount(0);
      const snapshot = await page.locator('body').ariaSnapshot();
      for (const line of snapshot.split('\n')) {
        if (!line.includes('/url:') && runTogether.test(line.replace(names, '')))
          found.push(`${screen}: ${line.trim()}`);
      }
    };
    await scan('council');
    await page.goto('/');
    await scan('home');
    await page.goto(`${councilUrl}/members`);
    await scan('members');
    await page.goto(councilUrl);
    await new CouncilPage(page).openMeeting(exampleMeeting);
    const hubUrl = page.url();
    await scan('meeting');
    for (const part of ['agenda', 'before', 'after']) {
      await page.goto(`${hubUrl}/${part}`);
      await scan(part);
    }
    await page.goto(hubUrl);
    await new MeetingHubPage(page).startMeeting();
    await scan('meeting mode');
    expect(found).toEqual([]);
  });

  // Before: "ikke en adresse" became https://ikke%20en%20adresse, a broken link on the home screen.
  test('a website that is not a web address is refused, and "bosted.dk" becomes a working link', async ({ page }) => {
    await startWithExample(page);
    const home = new HomePage(page);
    await home.open();
    await page.getByRole('button', { name: 'Ret' }).first().click();
    const form = page.getByRole('region', { name: 'Ret Bostedet Solsikken' });
    const website = form.getByLabel('Hjemmeside (valgfri)');
    await website.fill('ikke en adresse');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect(form.getByRole('alert')).toHaveText(/Det er ikke en webadresse\. Skriv den fx sådan: solsikken\.dk/);
    await expect(website).toHaveAttribute('aria-invalid', 'true');
    await checkA11y(page, 'facility form with a wrong website');
    const [stored] = await liveRows<{ website?: string }>(page, 'facilities');
    expect(stored?.website).toBeUndefined();

    await website.fill('bosted.dk');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('link', { name: /^Hjemmeside/ })).toHaveAttribute('href', 'https://bosted.dk');
    expect((await liveRows<{ website?: string }>(page, 'facilities'))[0]?.website).toBe('https://bosted.dk');
  });

  // Before: a meeting three days ago was created without a word.
  test('a meeting dated in the past warns but can still be recorded', async ({ page }) => {
    await startWithExample(page);
    await new CouncilPage(page).newMeeting();
    const form = new MeetingFormPage(page);
    await form.expectLoaded();
    await form.fill({ title: 'Ekstra møde', date: dayFromToday(3), start: '10:00', end: '11:00' });
    const warning = form.main.getByRole('status').filter({ hasText: 'Datoen er før i dag.' });
    await expect(warning).toHaveCount(0);
    await form.date.fill(dayFromToday(-3));
    await expect(warning).toBeVisible();
    await expect(form.date).toHaveAccessibleDescription(/Datoen er før i dag/);
    await checkA11y(page, 'meeting form with a past date');
    await form.create();
    await expect(page.getByRole('heading', { level: 1, name: 'Ekstra møde' })).toBeVisible();
  });

  // Before: anything over 10 MB was refused with "Billedet er for stort".
  test('a 12 MB phone photo is shrunk and used as an agenda picture', async ({ page }) => {
    test.setTimeout(60_000);
    const builder = await openExampleAgenda(page);
    const bytes = await twelveMegabytePhoto(page);
    expect(bytes.length).toBe(12 * 1024 * 1024);
    await builder.openAddForm();
    await builder.form.getByLabel('Titel', { exact: true }).fill('Vores nye have');
    await builder.form
      .getByLabel('Vælg et foto')
      .setInputFiles({ name: 'have.jpg', mimeType: 'image/jpeg', buffer: bytes });
    const crop = page.getByRole('dialog', { name: 'Beskær fotoet' });
    await expect(crop).toBeVisible();
    await crop.getByRole('button', { name: 'Brug udsnittet' }).click();
    await expect(crop).toBeHidden({ timeout: 20_000 });
    await expect(builder.form.getByRole('img', { name: 'Dit nye foto' })).toBeVisible();
    await expect(builder.form.getByText('Billedet er for stort')).toHaveCount(0);
    await builder.submitForm();
    await expect(builder.row('Vores nye have')).toBeVisible();
    const media = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('raadet');
        request.onsuccess = () => resolve(request.result);
      });
      const rows = await new Promise<{ mime: string; size: number }[]>((resolve) => {
        const request = db.transaction('media').objectStore('media').getAll();
        request.onsuccess = () => resolve(request.result as { mime: string; size: number }[]);
      });
      db.close();
      return rows.filter((row) => row.mime !== 'image/svg+xml').map((row) => ({ mime: row.mime, size: row.size }));
    });
    expect(media).toHaveLength(1);
    expect(media[0]!.size).toBeLessThan(1024 * 1024);
  });

  // Before: a member's photo was stored as chosen, with no crop step.
  test('a member photo goes through the same crop step as agenda photos', async ({ page }) => {
    await startWithExample(page);
    await new CouncilPage(page).openMembers();
    const members = new MembersPage(page);
    await members.expectLoaded();
    await members.addForm.getByLabel('Navn', { exact: true }).fill('Lise');
    await members.addForm.getByLabel('Vælg et foto').setInputFiles(photo);
    const crop = page.getByRole('dialog', { name: 'Beskær fotoet' });
    await expect(crop).toBeVisible();
    await expect(crop.getByTestId('crop-frame')).toBeVisible();
    await checkA11y(page, 'member photo crop step');
    await crop.getByRole('button', { name: 'Zoom ind' }).click();
    await crop.getByRole('button', { name: 'Brug udsnittet' }).click();
    await expect(crop).toBeHidden();
    await expect(members.addForm.getByRole('img', { name: 'Dit nye foto' })).toBeVisible();
    await members.addForm.getByRole('button', { name: 'Tilføj medlem' }).click();
    await expect(members.card('Lise')).toBeVisible();
    const [lise] = await liveRows<{ photo?: string }>(page, 'members', { displayName: 'Lise' });
    expect(lise?.photo).toMatch(/^[0-9a-f]{64}$/);
  });

  // Before: every example member was an initial on a coloured circle.
  test('the example members have drawn portraits', async ({ page }) => {
    await startWithExample(page);
    await new CouncilPage(page).openMembers();
    const members = new MembersPage(page);
    await members.expectLoaded();
    for (const name of ['Anna', 'Bo', 'Camilla', 'Gitte']) {
      const card = members.main
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }) });
      const portrait = card.locator('img.member-avatar');
      await expect(portrait).toBeVisible();
      await expect
        .poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
    }
    await expect(members.main.locator('.member-avatar--initial')).toHaveCount(0);
  });

  // Before: an unstyled "Noget gik galt" page with no header.
  test('an unknown address says "Siden findes ikke" in the app\'s frame, with the way home', async ({ page }) => {
    await startWithExample(page);
    await page.goto('/det/findes/ikke');
    await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await checkA11y(page, 'not found');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await checkA11y(page, 'not found, in English');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Forside' }).last().click();
    await expect(new HomePage(page).heading).toBeVisible();
  });

  // Before: "No `HydrateFallback` element provided" on every load.
  test('loading a screen leaves no router warning in the console', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await startWithExample(page);
    const councilUrl = page.url();
    await page.reload();
    await expect(page.getByRole('main')).toBeVisible();
    await page.goto(councilUrl.replace(/\/councils\/.*/, '/settings'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(messages.filter((text) => text.includes('HydrateFallback'))).toEqual([]);
  });

  // Before: the home screen's form had radios, the first-run form a drop-down.
  test('the facility type is the same two radios when creating your own facility', async ({ page }) => {
    const firstRun = new FirstRunPage(page);
    await firstRun.open();
    const form = await firstRun.openOwnForm();
    const kind = form.getByRole('group', { name: 'Hvilken slags tilbud?' });
    await expect(kind.getByRole('radio', { name: 'Botilbud' })).toBeChecked();
    await kind.getByRole('radio', { name: 'Dagtilbud' }).check();
    await expect(form.getByRole('combobox')).toHaveCount(1); // only the council kind
    await checkA11y(page, 'first run, own facility');
    await form.getByLabel('Tilbuddets navn').fill('Dagcentret Lyngen');
    await form.getByRole('button', { name: 'Opret og gå videre' }).click();
    await expect(page).toHaveURL(/\/councils\/[^/]+$/);
    expect((await liveRows<{ kind: string }>(page, 'facilities'))[0]?.kind).toBe('day');
  });
});

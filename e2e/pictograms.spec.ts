// Pictograms and photos travel with the data: staff find a symbol by a Danish word, take a
// photo with the tablet's camera and crop it; with the network off and every cached picture
// gone, the agenda still shows both, from IndexedDB.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AgendaBuilderPage } from './pages/agenda-builder';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingFormPage } from './pages/meeting-form';
import { MeetingHubPage } from './pages/meeting-hub';
import { PictureAgendaPage } from './pages/picture-agenda';
import { checkA11y } from './support/a11y';
import { liveRows } from './support/database';
import { dayFromToday } from './support/dates';

// Chromium's fake camera: a moving test pattern instead of a real device, no permission prompt.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
  permissions: ['camera'],
});

const meetingTitle = 'Møde om haven';
const cakeItem = 'Kaffe og kage';
const photoItem = 'Vores have';

interface StoredPicture {
  type: 'pictogram' | 'photo';
  id?: string;
  hash?: string;
}

async function mediaRow(page: Page, hash: string): Promise<{ mime: string; size: number } | null> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('raadet');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      const row = await new Promise<{ mime: string; size: number } | undefined>((resolve, reject) => {
        const request = db.transaction('media', 'readonly').objectStore('media').get(key);
        request.onsuccess = () => resolve(request.result as { mime: string; size: number } | undefined);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      return row ? { mime: row.mime, size: row.size } : null;
    } finally {
      db.close();
    }
  }, hash);
}

/** A facility, a council and a meeting, and its agenda builder open. */
async function openNewAgenda(page: Page, title: string): Promise<AgendaBuilderPage> {
  const firstRun = new FirstRunPage(page);
  const council = new CouncilPage(page);
  const meetingForm = new MeetingFormPage(page);
  const hub = new MeetingHubPage(page);
  const builder = new AgendaBuilderPage(page);
  await firstRun.open();
  await firstRun.dismissOfflineReady();
  await firstRun.createOwn({ facility: 'Bostedet Lærkereden', council: 'Brugerrådet' });
  await council.expectCouncil('Brugerrådet');
  await council.newMeeting();
  await meetingForm.expectLoaded();
  await meetingForm.fill({ title, date: dayFromToday(7), start: '10:00', end: '11:00', location: 'Fællesstuen' });
  await meetingForm.create();
  await hub.expectTitle(title);
  await hub.prepareAgenda();
  await builder.expectLoaded(title);
  return builder;
}

async function expectImageShown(image: Locator): Promise<string> {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 10_000 })
    .toBeGreaterThan(0);
  return image.evaluate((img) => (img as HTMLImageElement).currentSrc);
}

test.describe('pictograms and photos', () => {
  test('staff pick a symbol by a Danish word and take a photo; both show offline with no cached pictures', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const builder = await test.step('a facility, a council and a meeting', () => openNewAgenda(page, meetingTitle));

    await test.step('search in Danish: "kager" finds the cake first', async () => {
      await builder.openAddForm();
      await builder.form.getByLabel('Titel', { exact: true }).fill(cakeItem);
      await builder.openPicker();
      await builder.picker.getByRole('searchbox', { name: 'Søg efter billede' }).fill('kager');
      const firstTile = builder.picker.locator('[data-symbol-id]').first();
      await expect(firstTile).toHaveAccessibleName('Kage');
      await expect(builder.picker.getByText(/billeder? fundet/)).toBeVisible();
      await checkA11y(page, 'symbol picker with results');
      await firstTile.click();
      await expect(builder.picker).toBeHidden();
      await expect(builder.form.getByText('Piktogram: Kage')).toBeVisible();
      await builder.submitForm();
      await expect(builder.row(cakeItem)).toBeVisible();
    });

    await test.step('take a photo with the camera, crop it, save', async () => {
      await builder.openAddForm();
      await builder.form.getByLabel('Titel', { exact: true }).fill(photoItem);
      await builder.form.getByRole('button', { name: 'Tag et foto' }).click();
      const camera = page.getByRole('dialog', { name: 'Tag et foto' });
      await expect(camera).toBeVisible();
      const take = camera.getByRole('button', { name: 'Tag billede' });
      await expect(take).toBeEnabled({ timeout: 10_000 });
      await checkA11y(page, 'camera');
      await take.click();

      const crop = page.getByRole('dialog', { name: 'Beskær fotoet' });
      await expect(crop).toBeVisible();
      const frame = crop.getByTestId('crop-frame');
      await expect(frame).toBeVisible();
      await checkA11y(page, 'crop step');
      await crop.getByRole('button', { name: 'Zoom ind' }).click();
      await crop.getByRole('button', { name: 'Flyt rammen til venstre' }).click();
      // Drag the frame with the pointer too.
      const box = (await frame.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 4 });
      await page.mouse.up();
      await crop.getByRole('button', { name: 'Brug udsnittet' }).click();
      await expect(crop).toBeHidden({ timeout: 10_000 });

      await expect(builder.form.getByText('Dit nye foto')).toBeVisible();
      await builder.form.getByRole('checkbox', { name: 'Der er personer på billedet' }).check();
      await builder.form.getByRole('checkbox', { name: /Personerne har givet lov/ }).check();
      await builder.submitForm();
      await expect(builder.row(photoItem)).toBeVisible();
    });

    await test.step('both pictures are stored with the data', async () => {
      const items = await liveRows<{ title: string; picture: StoredPicture & { people?: boolean; consent?: boolean } }>(
        page,
        'agendaItems',
      );
      const cake = items.find((i) => i.title === cakeItem)?.picture;
      const photo = items.find((i) => i.title === photoItem)?.picture;
      expect(cake).toMatchObject({ type: 'pictogram', id: 'cake', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(photo).toMatchObject({
        type: 'photo',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        people: true,
        consent: true,
      });
      expect(await mediaRow(page, cake!.hash!)).toMatchObject({ mime: 'image/svg+xml' });
      const photoRow = await mediaRow(page, photo!.hash!);
      expect(photoRow?.mime).toMatch(/^image\/(webp|jpeg)$/);
      expect(photoRow!.size).toBeLessThanOrEqual(200_000);
    });

    await test.step('offline, with every cached picture deleted, the agenda still shows both', async () => {
      await context.setOffline(true);
      // Remove every picture the service worker or the HTTP cache holds. The app shell stays
      // precached (without it nothing could open offline); the pictures must come from IndexedDB.
      const removed = await page.evaluate(async () => {
        let count = 0;
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            const { pathname } = new URL(request.url);
            if (/^\/(pictograms|catalogue)\//.test(pathname) || /\.(svg|png|webp|jpe?g)$/.test(pathname)) {
              await cache.delete(request);
              count++;
            }
          }
        }
        return count;
      });
      expect(removed).toBeGreaterThan(90);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      expect(await page.evaluate(() => caches.match('/pictograms/cake.svg'))).toBeFalsy();

      await page.reload();
      await builder.expectLoaded(meetingTitle);
      const cakeSrc = await expectImageShown(builder.row(cakeItem).locator('img.picture-view'));
      const photoSrc = await expectImageShown(builder.row(photoItem).locator('img.picture-view'));
      expect(cakeSrc).toMatch(/^blob:/);
      expect(photoSrc).toMatch(/^blob:/);

      // And as residents see it: every image on both cards loads.
      const pictureAgenda = new PictureAgendaPage(page);
      await builder.openPreview();
      await pictureAgenda.expectLoaded(meetingTitle);
      await expect(pictureAgenda.cards).toHaveCount(2);
      expect(await pictureAgenda.expectCardImagesLoaded()).toBeGreaterThanOrEqual(2);
      expect(await expectImageShown(pictureAgenda.card(photoItem).locator('img.picture-view--photo'))).toMatch(
        /^blob:/,
      );
      await context.setOffline(false);
    });
  });

  // Words that are the same in Danish (e.g. "bus"): the only labels allowed to equal the English one.
  const sameInDanish = new Set(
    (JSON.parse(readFileSync('scripts/catalogue/same-in-danish.json', 'utf8')) as { words: string[] }).words,
  );

  test('the Danish picker speaks Danish: "have" shows a garden first, "te" and "kande" find tea and jugs', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const builder = await openNewAgenda(page, 'Møde om haven');
    await builder.openAddForm();
    await builder.form.getByLabel('Titel', { exact: true }).fill('Kaffe og te');
    await builder.openPicker();
    const search = builder.picker.getByRole('searchbox', { name: 'Søg efter billede' });
    const tiles = builder.picker.locator('[data-symbol-id]');
    const catalogue = (await page.evaluate(async () => (await fetch('/catalogue/index.json')).json())) as {
      entries: Array<{ id: string; labels: { da: string; en: string } }>;
    };
    const entries = new Map(catalogue.entries.map((entry) => [entry.id, entry]));

    /** The tiles shown for a search, as [id, name] (waits for the first tile to change). */
    async function searchFor(query: string): Promise<Array<[string, string]>> {
      await search.fill(query);
      await expect(builder.picker.getByText(/billeder? fundet/)).toBeVisible();
      const ids = await tiles.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-symbol-id') ?? ''));
      const names = await tiles.evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()));
      return ids.map((id, i) => [id, names[i] ?? '']);
    }

    await test.step('"have" (garden) shows the garden first, and gardening before the sea', async () => {
      await search.fill('have');
      await expect(tiles.first()).toHaveAccessibleName('Have');
      await expect(tiles.first()).toHaveAttribute('data-symbol-id', 'garden');
      const shown = await searchFor('have');
      const firstSea = shown.findIndex(([id]) => id === 'om-1f9ad' || id === 'om-1fabc'); // seal, jellyfish
      const lawnMower = shown.findIndex(([id]) => id === 'om-e343');
      expect(lawnMower).toBeGreaterThan(0);
      if (firstSea !== -1) expect(lawnMower).toBeLessThan(firstSea);
      await checkA11y(page, 'symbol picker, "have"');
    });

    await test.step('"te" finds tea and a teapot, "kande" finds jugs', async () => {
      await search.fill('te');
      await expect(tiles.first()).toHaveAccessibleName('Te');
      const tea = (await searchFor('te')).slice(0, 5).map(([id]) => id);
      expect(tea).toEqual(expect.arrayContaining(['om-1f375', 'om-1fad6'])); // cup of tea, teapot
      await search.fill('kande');
      await expect(tiles.first()).toHaveAccessibleName(/kande$/);
      const jugs = (await searchFor('kande')).slice(0, 8).map(([, name]) => name);
      expect(jugs).toEqual(expect.arrayContaining(['Tekande', 'Kaffekande', 'Mælkekande']));
    });

    await test.step('no English names in a sample of searches', async () => {
      for (const query of ['have', 'te', 'kande', 'vind', 'flag', 'sygehus', 'hjerte', 'mobil', 'is']) {
        const shown = await searchFor(query);
        expect(shown.length, query).toBeGreaterThan(0);
        for (const [id, name] of shown) {
          const entry = entries.get(id);
          expect(entry, id).toBeDefined();
          expect(name.toLocaleLowerCase('da'), `${query}: ${id}`).toBe(entry!.labels.da.toLocaleLowerCase('da'));
          const english = name.toLocaleLowerCase('da') === entry!.labels.en.toLocaleLowerCase('en');
          if (english) expect(sameInDanish, `${query}: "${name}" is English`).toContain(name.toLocaleLowerCase('da'));
          expect(name, `${query}: ${id}`).not.toContain('\uFFFD');
        }
      }
    });
  });
});

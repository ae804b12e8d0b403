// Voice and meeting support, in real Chromium with a fake microphone: a staff recording made
// for an agenda item survives going offline and a reload, and plays from the speaker button;
// every support card works; the item timer runs and survives a reload; the evaluation is
// filled in by two people and shows its result. Axe and 64 px targets on each new screen.
import { expect, test } from './support/test';
import type { Locator, Page } from '@playwright/test';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { checkA11y } from './support/a11y';
import { waitForOfflineReady } from './support/service-worker';
import { expectResidentTargets } from './support/targets';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The standard flags plus Chromium's fake microphone (a beeping tone), allowed without a prompt.
test.use({
  permissions: ['microphone'],
  launchOptions: {
    executablePath: chromiumPath,
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
});

const meetingTitle = 'Brugerrådsmøde';
const recordedItem = 'Velkommen';

/** The item's speaker button reports that the audio element really played the recording. */
async function expectRecordingPlayed(button: Locator): Promise<void> {
  await expect(button).toHaveAttribute('data-voice', 'recording');
  await button.click();
  await expect(button).toHaveAttribute('data-played', 'true');
  await expect(button).toHaveAttribute('data-source', 'recording');
}

async function storedRecording(
  page: Page,
): Promise<{ mime: string; size: number; trim?: { start: number; end: number } }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('raadet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('media', 'readonly').objectStore('media').getAll();
          request.onsuccess = () => {
            const rows = (request.result as { mime: string; size: number; trim?: { start: number; end: number } }[])
              .filter((row) => row.mime.startsWith('audio/'))
              .map(({ mime, size, trim }) => ({ mime, size, ...(trim ? { trim } : {}) }));
            db.close();
            resolve(rows);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test.describe('voice and meeting support', () => {
  test('record a note, play it offline after a reload, use every support card, run the timer, evaluate', async ({
    page,
    context,
  }, testInfo) => {
    test.setTimeout(180_000);
    const firstRun = new FirstRunPage(page);
    const council = new CouncilPage(page);
    const hub = new MeetingHubPage(page);
    const meetingMode = new MeetingModePage(page);

    await test.step('example data, app cached for offline use', async () => {
      await firstRun.open();
      await waitForOfflineReady(page);
      await firstRun.startWithExampleData();
      await council.openMeeting(meetingTitle);
      await hub.expectTitle(meetingTitle);
    });

    await test.step('staff record a 10-second note for an agenda item', async () => {
      await hub.prepareAgenda();
      await page.getByRole('button', { name: `Ret: ${recordedItem}` }).click();
      const form = page.getByRole('form', { name: `Ret punktet „${recordedItem}“` });
      const recorder = form.getByRole('group', { name: 'Indtal punktet' });
      await expect(recorder.getByText('Ingen optagelse. Computerstemmen læser op.')).toBeVisible();
      await recorder.getByRole('button', { name: 'Optag' }).click();
      await expect(recorder.getByText(/Optager – \d+ sekunder tilbage/)).toBeVisible();
      const started = Date.now();
      await page.waitForTimeout(10_000 - (Date.now() - started));
      await recorder.getByRole('button', { name: 'Stop optagelsen' }).click();
      const take = recorder.getByText(/Ny optagelse: \d+ sek\., \d+ KB\./);
      await expect(take).toBeVisible({ timeout: 15_000 });
      await checkA11y(page, 'voice recorder with a new take');
      await recorder.getByRole('button', { name: 'Afspil' }).click();
      await recorder.getByRole('button', { name: 'Brug optagelsen' }).click();
      await expect(recorder.getByText(/Der er en optagelse/)).toBeVisible();
      await form.getByRole('button', { name: 'Gem punktet' }).click();
      await expect(form).toBeHidden();

      const [recording] = await storedRecording(page);
      expect(recording, 'one recording in the media table').toBeDefined();
      const kb = recording!.size / 1024;
      // The figure for the issue: a 10-second note, as stored.
      console.log(
        `VOICE_FIGURE recorded 10 s note: ${kb.toFixed(1)} KB stored (${recording!.mime}), trim ${JSON.stringify(recording!.trim ?? null)}`,
      );
      testInfo.annotations.push({
        type: 'figure',
        description: `10 s note = ${kb.toFixed(1)} KB (${recording!.mime})`,
      });
      expect(kb).toBeLessThanOrEqual(40);
    });

    await test.step('offline and reloaded: the picture agenda plays the recording', async () => {
      await context.setOffline(true);
      await page.reload();
      await page.goto(page.url().replace(/\/agenda$/, '/before'));
      const card = page.getByRole('article', { name: `Punkt 1: ${recordedItem}` });
      await expectRecordingPlayed(card.getByRole('button', { name: `Lyt: ${recordedItem}` }));

      // Read the whole agenda: the first card is highlighted, then staff stop it.
      await page.getByRole('button', { name: 'Læs hele dagsordenen' }).click();
      await expect(page.locator('.agenda-card--current')).toHaveCount(1);
      await checkA11y(page, 'picture agenda while reading all');
      await expectResidentTargets(page.locator('.picture-agenda__read-all'), 'read-all control');
      await page.getByRole('button', { name: 'Stop oplæsningen' }).click();
      await expect(page.locator('.agenda-card--current')).toHaveCount(0);
    });

    await test.step('meeting mode: the item plays its recording', async () => {
      await page
        .getByRole('link', { name: /Tilbage|Til mødet/ })
        .first()
        .click();
      await hub.startMeeting();
      await meetingMode.expectItem(recordedItem);
      await expectRecordingPlayed(meetingMode.main.getByRole('button', { name: /^Lyt:/ }).first());
    });

    const strip = page.getByRole('region', { name: 'Hjælp til mødet' });

    await test.step('each support card', async () => {
      await expect(strip).toBeVisible();
      await expectResidentTargets(strip, 'support cards', { minimumCount: 5 });
      await checkA11y(page, 'meeting mode with support cards and timer');

      for (const [card, title] of [
        ['Pause', 'Pause'],
        ['Jeg forstår ikke', 'Jeg forstår ikke'],
        ['Stop', 'Stop'],
      ] as const) {
        await strip.getByRole('button', { name: card, exact: true }).click();
        const signal = page.getByRole('alertdialog', { name: title });
        await expect(signal).toBeVisible();
        await checkA11y(page, `signal: ${title}`);
        await expectResidentTargets(signal, `signal: ${title}`);
        await signal.getByRole('button', { name: 'Fortsæt mødet' }).click();
        await expect(signal).toBeHidden();
      }

      await strip.getByRole('button', { name: 'Gentag' }).click();
      await expect(meetingMode.main.getByRole('button', { name: /^Lyt:/ }).first()).toHaveAttribute(
        'data-played',
        'true',
      );

      await strip.getByRole('button', { name: 'Jeg vil sige noget' }).click();
      const queue = page.getByRole('dialog', { name: 'Hvem vil sige noget?' });
      await expect(queue).toBeVisible();
      await queue.getByRole('button', { name: 'Anna', exact: true }).click();
      await queue.getByRole('button', { name: 'Bo', exact: true }).click();
      await expect(queue.getByText('Anna har ordet')).toBeVisible();
      await expect(queue.getByText('Bo venter')).toBeVisible();
      await checkA11y(page, 'speaking queue');
      await expectResidentTargets(queue.getByRole('list').first(), 'speaking queue photos', { minimumCount: 2 });
      await queue.getByRole('button', { name: 'Anna er færdig' }).click();
      await expect(queue.getByText('Bo har ordet')).toBeVisible();
      await queue.getByRole('button', { name: /Luk/ }).click();
      await expect(strip.getByRole('list', { name: 'Køen' })).toBeVisible();
    });

    await test.step('the item timer runs, pauses and survives a reload', async () => {
      const timer = page.getByTestId('item-timer');
      await expect(timer.getByRole('img', { name: /Tiden er ikke startet/ })).toBeVisible();
      await timer.getByRole('button', { name: 'Start tid' }).click();
      await expect(timer.getByRole('img', { name: /Cirka \d+ minutter? tilbage/ })).toBeVisible();
      await expect
        .poll(async () => Number(await timer.getAttribute('data-fraction')), { timeout: 5_000 })
        .toBeLessThan(1);
      await page.reload();
      await meetingMode.expectItem(recordedItem);
      await expect(page.getByTestId('item-timer').getByRole('button', { name: 'Pause tid' })).toBeVisible();
      await page.getByTestId('item-timer').getByRole('button', { name: 'Pause tid' }).click();
      await expect(page.getByTestId('item-timer').getByRole('button', { name: 'Fortsæt tid' })).toBeVisible();
      // The queue survived the reload too.
      await expect(
        page.getByRole('region', { name: 'Hjælp til mødet' }).getByRole('list', { name: 'Køen' }),
      ).toBeVisible();
    });

    await test.step('since last time and round the table', async () => {
      await meetingMode.next();
      await meetingMode.expectItem('Siden sidst');
      await expect(meetingMode.main.getByText('Det er rådets første møde. Der er ikke noget fra sidst.')).toBeVisible();
    });

    await test.step('end the meeting and fill in the evaluation', async () => {
      await meetingMode.finish();
      await page.goto(page.url().replace(/\/after$/, '/during'));
      await page.getByRole('link', { name: 'Hvordan var mødet? Evaluér' }).click();
      await expect(page).toHaveURL(/\/evaluation$/);
      await checkA11y(page, 'evaluation setup');
      await page.getByRole('button', { name: 'Start evalueringen' }).click();

      for (const [first, second] of [
        ['Godt', 'Ja'],
        ['Okay', 'Lidt'],
      ] as const) {
        const ready = page.getByRole('button', { name: 'Jeg er klar' });
        await expect(ready).toBeVisible();
        await checkA11y(page, 'evaluation hand-over');
        await ready.click();
        await expect(page.getByRole('heading', { level: 1, name: 'Hvordan var mødet?' })).toBeVisible();
        await expectResidentTargets(page.getByRole('list'), 'evaluation smileys', { minimumCount: 3 });
        await checkA11y(page, 'evaluation question');
        await page.getByRole('button', { name: first, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Fik du sagt det, du ville?' })).toBeVisible();
        await page.getByRole('button', { name: second, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Tak for dit svar' })).toBeVisible();
        await page.getByRole('button', { name: 'Næste person' }).click();
      }
      await expect(page.getByText('2 har svaret.')).toBeVisible();
      await page.getByRole('button', { name: 'Alle har svaret – se resultatet' }).click();
      const result = page.getByRole('region', { name: 'Resultat' });
      await expect(result.getByText('2 personer svarede.')).toBeVisible();
      await checkA11y(page, 'evaluation result');
    });
  });
});

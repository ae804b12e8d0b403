// Issue 11, the meeting room: the tablet's screen stays on while meeting mode shows (Screen Wake
// Lock, checked in the page), and a second tab on the same meeting says where the meeting runs
// instead of running it twice; it takes over once the first tab closes.
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { checkA11y } from './support/a11y';
import { expect, test } from './support/test';
import type { BrowserContext, Page } from '@playwright/test';

/** Records every wake lock the page takes and lets go of (headless Chromium may refuse the real one). */
async function recordWakeLocks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log = { taken: 0, released: 0 };
    (window as unknown as { wakeLocks: typeof log }).wakeLocks = log;
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async () => {
          log.taken += 1;
          const sentinel = {
            released: false,
            type: 'screen',
            release: async () => {
              if (!sentinel.released) log.released += 1;
              sentinel.released = true;
            },
            addEventListener: () => undefined,
            removeEventListener: () => undefined,
          };
          return sentinel;
        },
      },
    });
  });
}

const wakeLocks = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { wakeLocks: { taken: number; released: number } }).wakeLocks }));

test('meeting mode keeps the screen on and runs in one tab at a time', async ({ page, context }) => {
  await recordWakeLocks(context);
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  const hubUrl = page.url();
  expect(await wakeLocks(page)).toEqual({ taken: 0, released: 0 });

  await test.step('meeting mode takes the wake lock', async () => {
    await new MeetingHubPage(page).startMeeting();
    await expect.poll(() => wakeLocks(page)).toEqual({ taken: 1, released: 0 });
  });

  const duringUrl = page.url();
  const other = await context.newPage();
  await test.step('a second tab on the same meeting says where it runs, and keeps the screen as it is', async () => {
    await other.goto(duringUrl);
    await expect(other.getByRole('heading', { name: 'Mødet vises i en anden fane' })).toBeVisible();
    await expect(other.getByRole('navigation', { name: 'Styring for medarbejdere' })).toHaveCount(0);
    expect(await wakeLocks(other)).toEqual({ taken: 0, released: 0 });
    await checkA11y(other, 'meeting shown in another tab');
  });

  await test.step('leaving meeting mode lets go of the wake lock', async () => {
    await page.goto(hubUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A full navigation starts a new page: the old one let go as it closed, and the hub takes none.
    expect(await wakeLocks(page)).toEqual({ taken: 0, released: 0 });
  });

  await test.step('the second tab takes over once the first has left the meeting', async () => {
    await expect(other.getByRole('navigation', { name: 'Styring for medarbejdere' })).toBeVisible();
    await expect.poll(() => wakeLocks(other)).toEqual({ taken: 1, released: 0 });
  });

  await test.step('leaving inside the app releases it', async () => {
    await other.getByRole('link', { name: 'Forlad mødeskærmen' }).click();
    await expect(other.getByRole('navigation', { name: 'Styring for medarbejdere' })).toHaveCount(0);
    await expect.poll(() => wakeLocks(other)).toEqual({ taken: 1, released: 1 });
  });
});

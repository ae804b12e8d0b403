// Issue 14, finding 7: an update accepted in one tab takes over every tab, so it must wait while
// any tab shows a meeting, an election or an evaluation. Such a screen holds a shared Web Lock in
// real Chromium that every tab can see, and lets go of it when it closes (or the tab does).
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { expect, test } from './support/test';
import type { Page } from '@playwright/test';

const sessionHeld = (page: Page) =>
  page.evaluate(async () =>
    (await navigator.locks.query()).held?.some((lock) => lock.name === 'raadet-session-running'),
  );

test('an evaluation open in one tab is seen by another tab, and only while it is open', async ({ page, context }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  const meetingUrl = page.url();

  const other = await context.newPage();
  await other.goto('/');
  expect(await sessionHeld(other)).toBe(false);

  await page.goto(`${meetingUrl}/evaluation`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => sessionHeld(other)).toBe(true);

  await page.goto(meetingUrl);
  await expect.poll(() => sessionHeld(other)).toBe(false);

  await page.goto(`${meetingUrl}/evaluation`);
  await expect.poll(() => sessionHeld(other)).toBe(true);
  await page.close();
  await expect.poll(() => sessionHeld(other)).toBe(false);
});

// A relative's or a staff member's phone: every screen of the app, with the example data, at
// 360 × 740 (the narrowest common Android width). Nothing may scroll sideways, no element may
// stick out past the screen's edge, and axe finds nothing. The viewport is set here, so both
// tablet projects run the same phone check.
import { AfterMeetingPage } from './pages/after-meeting';
import { FirstRunPage } from './pages/first-run';
import { MeetingModePage } from './pages/meeting-mode';
import { MembersPage } from './pages/members';
import { liveRows } from './support/database';
import { expectFits } from './support/fits';
import { holdExampleMeeting } from './support/held-meeting';
import { expect, test } from './support/test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: false });

test('no screen scrolls sideways on a 360 px phone', async ({ page }) => {
  test.setTimeout(180_000);
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await expectFits(page, 'welcome');
  await firstRun.startWithExampleData();
  const [meeting] = await liveRows<{ id: string; councilId: string }>(page, 'meetings');
  const { id: meetingId, councilId } = meeting!;
  const main = page.getByRole('main');

  await page.goto('/');
  await expect(main.getByRole('heading', { level: 1, name: 'Jeres tilbud og råd' })).toBeVisible();
  await expectFits(page, 'home');
  await main.getByRole('button', { name: 'Ret Bostedet Solsikken' }).click();
  await expect(main.getByRole('heading', { name: 'Ret Bostedet Solsikken' })).toBeVisible();
  await expectFits(page, 'facility form');

  await page.goto(`/councils/${councilId}`);
  await expect(main.getByRole('heading', { level: 1, name: 'Brugerrådet' })).toBeVisible();
  await expectFits(page, 'council');

  const members = new MembersPage(page);
  await page.goto(`/councils/${councilId}/members`);
  await members.expectLoaded();
  await expectFits(page, 'members');
  await members.edit('Anna');
  await expectFits(page, 'member form');

  await page.goto(`/councils/${councilId}/meetings/new`);
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'meeting form');

  await page.goto(`/meetings/${meetingId}`);
  await expect(main.getByRole('heading', { level: 1, name: 'Brugerrådsmøde' })).toBeVisible();
  await expectFits(page, 'meeting hub');

  await page.goto(`/meetings/${meetingId}/agenda`);
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Brugerrådsmøde');
  await expect(main.getByText('Sommertur til stranden?').first()).toBeVisible();
  await expectFits(page, 'agenda builder');

  await page.goto(`/meetings/${meetingId}/before`);
  await expect(main.getByRole('heading', { level: 1, name: 'Brugerrådsmøde' })).toBeVisible();
  await expectFits(page, 'picture agenda');

  const meetingMode = new MeetingModePage(page);
  await page.goto(`/meetings/${meetingId}/during`);
  await meetingMode.expectStartScreen();
  await expectFits(page, 'meeting mode start');
  await meetingMode.start();
  await expectFits(page, 'meeting mode item');

  await holdExampleMeeting(page);
  const after = new AfterMeetingPage(page);
  await page.goto(`/meetings/${meetingId}/after`);
  await after.expectLoaded('Brugerrådsmøde');
  await expect(after.minutesItem('Sommertur til stranden?')).toContainText('Vi tager bussen til stranden i juli.');
  await expectFits(page, 'after the meeting and minutes');

  await page.goto(`/meetings/${meetingId}/evaluation`);
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'evaluation');

  await page.goto(`/councils/${councilId}/elections`);
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Brugerrådet');
  await expectFits(page, 'elections');
  await main.getByRole('button', { name: 'Opret valget' }).click();
  await expect(page).toHaveURL(/\/elections\/[^/]+$/);
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'election');

  await page.goto('/settings');
  await expect(main.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await expectFits(page, 'settings');

  await page.goto('/findes-ikke');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'page not found');
});

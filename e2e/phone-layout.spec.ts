// A relative's or a staff member's phone: every screen of the app, with the example data, at
// 360 × 740 (the narrowest common Android width). Nothing may scroll sideways, no element may
// stick out past the screen's edge, and axe finds nothing. The viewport is set here, so both
// tablet projects run the same phone check.
import type { Page } from '@playwright/test';
import { AfterMeetingPage } from './pages/after-meeting';
import { FirstRunPage } from './pages/first-run';
import { MeetingModePage } from './pages/meeting-mode';
import { MembersPage } from './pages/members';
import { checkA11y } from './support/a11y';
import { liveRows } from './support/database';
import { holdExampleMeeting } from './support/held-meeting';
import { expect, test } from './support/test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: false });

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements whose box reaches past the right or left edge of the screen. */
  sticking: string[];
}

/** How the page fits its width now: the document's scroll width and what sticks out. */
async function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element) => {
      const classes =
        typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${classes} "${text}"`;
    };
    // Inside a box that scrolls sideways on purpose (a strip of pictures) being wider is fine;
    // a box that only clips (overflow: hidden) still cuts the content off, so it counts.
    const inScroller = (el: Element): boolean => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    const out: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden') || inScroller(el)) continue;
      out.push(el);
    }
    // Name the innermost culprits: an element whose own children stick out is only their box.
    const sticking = out
      .filter((el) => !out.some((other) => other !== el && el.contains(other)))
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${describe(el)} ${Math.round(box.left)}–${Math.round(box.right)}px`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: width, sticking: sticking.slice(0, 12) };
  });
}

/** Asserts (softly, so one run lists every screen) that the page fits 360 px and is axe clean. */
async function expectFits(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const result = await overflow(page);
  expect.soft(result.sticking, `elements sticking out on "${screen}"`).toEqual([]);
  expect.soft(result.scrollWidth, `sideways scroll on "${screen}"`).toBeLessThanOrEqual(result.clientWidth);
  await checkA11y(page, `${screen} at 360 px`);
}

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

import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { AfterMeetingPage } from './pages/after-meeting';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { PictureAgendaPage } from './pages/picture-agenda';
import { liveRowCount, liveRows } from './support/database';
import { waitForOfflineReady } from './support/service-worker';

// The example data's meeting (src/i18n/locales/da/setup.json).
const meetingTitle = 'Brugerrådsmøde';
const voteItem = 'Sommertur til stranden?';
const decisionText = 'Vi tager bussen til stranden i juli';

/** What the database holds for the running meeting, read past the UI. */
async function stored(page: Page) {
  return {
    ballots: await liveRowCount(page, 'ballots'),
    present: await liveRowCount(page, 'attendance', { present: true }),
    decisions: await liveRowCount(page, 'decisions'),
  };
}

test.describe('the meeting with the network cut', () => {
  test('a meeting held offline, reloaded twice in the middle, loses nothing', async ({ page, context }) => {
    test.setTimeout(120_000);
    const firstRun = new FirstRunPage(page);
    const council = new CouncilPage(page);
    const hub = new MeetingHubPage(page);
    const pictureAgenda = new PictureAgendaPage(page);
    const meetingMode = new MeetingModePage(page);
    const after = new AfterMeetingPage(page);

    await test.step('first visit online: example data, and the app is cached for offline use', async () => {
      await firstRun.open();
      await waitForOfflineReady(page);
      await firstRun.startWithExampleData();
      await council.expectCouncil('Brugerrådet');
    });

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await test.step('offline: the picture agenda still shows its pictures', async () => {
      // A full reload proves the app shell itself comes from the service worker.
      await page.reload();
      await council.expectCouncil('Brugerrådet');
      await council.openMeeting(meetingTitle);
      await hub.expectTitle(meetingTitle);
      await hub.openBefore();
      await pictureAgenda.expectLoaded(meetingTitle);
      expect(await pictureAgenda.expectCardImagesLoaded()).toBeGreaterThanOrEqual(6);
      await pictureAgenda.back();
    });

    await test.step('offline: start, attendance, next item, three votes', async () => {
      await hub.startMeeting();
      await meetingMode.expectItem('Velkommen');
      await meetingMode.openAttendance();
      await meetingMode.markPresent('Anna');
      await meetingMode.markPresent('Bo');
      // Four who can vote: an open vote never counts more votes than people here.
      await meetingMode.markPresent('Camilla');
      await meetingMode.markPresent('Dennis');
      await meetingMode.closeAttendance();
      await meetingMode.expectAttendanceCount(4, 9);
      await meetingMode.next();
      await meetingMode.expectItem('Siden sidst');
      await meetingMode.goToItem(voteItem);
      await meetingMode.openVote();
      await meetingMode.cast('Ja');
      await meetingMode.cast('Nej');
      await meetingMode.cast('Ja');
      expect(await stored(page)).toEqual({ ballots: 3, present: 4, decisions: 0 });
    });

    await test.step('reload in the middle of the vote: same item, attendance and votes intact', async () => {
      await page.reload();
      await meetingMode.expectItem(voteItem);
      await expect(meetingMode.progress).toHaveText('Punkt 3 af 5');
      await meetingMode.expectAttendanceCount(4, 9);
      await expect(meetingMode.liveTotal).toContainText('(3 af 4 har stemt)');
      await meetingMode.expectMarks('Ja', 2);
      await meetingMode.expectMarks('Nej', 1);
      await meetingMode.expectMarks('Ved ikke', 0);
      expect(await stored(page)).toEqual({ ballots: 3, present: 4, decisions: 0 });
    });

    await test.step('one more vote, close it, write the decision', async () => {
      await meetingMode.cast('Ved ikke');
      await meetingMode.closeVote();
      await expect(meetingMode.closedResult).toContainText('Flest stemte: Ja');
      await meetingMode.writeDecision({
        text: decisionText,
        pictogram: { search: 'bus', name: 'Bustur' },
        responsible: 'Anna',
      });
      await expect(meetingMode.decisions.filter({ hasText: decisionText })).toContainText('Anna sørger for det');
      expect(await stored(page)).toEqual({ ballots: 4, present: 4, decisions: 1 });
    });

    await test.step('reload again: the closed vote and the decision are still there', async () => {
      await page.reload();
      await meetingMode.expectItem(voteItem);
      await expect(meetingMode.closedResult).toContainText('Flest stemte: Ja');
      await meetingMode.expectMarks('Ja', 2);
      await meetingMode.expectMarks('Nej', 1);
      await meetingMode.expectMarks('Ved ikke', 1);
      await expect(meetingMode.decisions.filter({ hasText: decisionText })).toContainText('Anna sørger for det');
      await meetingMode.expectAttendanceCount(4, 9);
    });

    await test.step('end the meeting offline; the minutes show everything', async () => {
      await meetingMode.finish();
      await after.expectLoaded(meetingTitle);
      await expect(after.decision(decisionText)).toContainText('Anna sørger for det');
      expect(await after.names('Dem, der var med')).toEqual([
        'Anna Beboer',
        'Bo Beboer',
        'Camilla Beboer',
        'Dennis Beboer',
      ]);
      expect(await after.names('Dem, der ikke var med')).toHaveLength(5);
      const item = after.minutesItem(voteItem);
      await expect(item).toContainText('Flest stemte: Ja');
      await expect(item.getByRole('img', { name: '2 stemmer' })).toBeVisible();
      await expect(item.getByRole('img', { name: '1 stemme' })).toHaveCount(2);
      await expect(item).toContainText(decisionText);

      expect(await stored(page)).toEqual({ ballots: 4, present: 4, decisions: 1 });
      const [decision] = await liveRows<{ text: string; responsibleMemberId?: string }>(page, 'decisions');
      const [anna] = await liveRows<{ id: string }>(page, 'members', { displayName: 'Anna' });
      expect(decision?.text).toBe(decisionText);
      expect(decision?.responsibleMemberId).toBe(anna?.id);
      const [meeting] = await liveRows<{ status: string }>(page, 'meetings');
      expect(meeting?.status).toBe('held');
    });

    await context.setOffline(false);
  });
});

import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { AfterMeetingPage } from './pages/after-meeting';
import { AgendaBuilderPage } from './pages/agenda-builder';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { HomePage } from './pages/home';
import { MeetingFormPage } from './pages/meeting-form';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { MembersPage } from './pages/members';
import { PictureAgendaPage } from './pages/picture-agenda';
import { SettingsPage } from './pages/settings';
import { checkA11y } from './support/a11y';
import { expectResidentTargets } from './support/targets';

// The example data's meeting (src/i18n/locales/da/setup.json).
const meetingTitle = 'Brugerrådsmøde';
const voteItem = 'Sommertur til stranden?';

/** A fresh app with the example data; leaves the page on the example meeting's hub. */
async function openExampleMeeting(page: Page): Promise<MeetingHubPage> {
  const firstRun = new FirstRunPage(page);
  const council = new CouncilPage(page);
  const hub = new MeetingHubPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  await council.openMeeting(meetingTitle);
  await hub.expectTitle(meetingTitle);
  return hub;
}

test.describe('accessibility', () => {
  test('every screen of the journey has no WCAG 2.2 AA violations', async ({ page }) => {
    test.setTimeout(150_000);
    const firstRun = new FirstRunPage(page);
    const home = new HomePage(page);
    const council = new CouncilPage(page);
    const members = new MembersPage(page);
    const meetingForm = new MeetingFormPage(page);
    const hub = new MeetingHubPage(page);
    const builder = new AgendaBuilderPage(page);
    const pictureAgenda = new PictureAgendaPage(page);
    const meetingMode = new MeetingModePage(page);
    const after = new AfterMeetingPage(page);
    const settings = new SettingsPage(page);

    await firstRun.open();
    await checkA11y(page, 'welcome');
    await firstRun.openOwnForm();
    await checkA11y(page, 'welcome: own facility form');
    await firstRun.startWithExampleData();

    await council.expectCouncil('Brugerrådet');
    await checkA11y(page, 'council');

    await home.open();
    await expect(home.facility('Bostedet Solsikken')).toBeVisible();
    await checkA11y(page, 'home');
    await home.openCouncil('Brugerrådet');

    await council.openMembers();
    await members.expectLoaded();
    await expect(members.card('Anna')).toBeVisible();
    await checkA11y(page, 'members with the add form');
    await members.edit('Anna');
    await checkA11y(page, 'members: edit form open');

    await page.getByRole('link', { name: '← Brugerrådet' }).click();
    await council.newMeeting();
    await meetingForm.expectLoaded();
    await checkA11y(page, 'meeting form');
    await meetingForm.title.fill('');
    await meetingForm.end.fill('08:00');
    await meetingForm.createButton.click();
    await expect(meetingForm.errorNear(meetingForm.end)).toBeVisible();
    await checkA11y(page, 'meeting form with errors');
    await page.getByRole('link', { name: 'Annullér' }).click();

    await council.openMeeting(meetingTitle);
    await hub.expectTitle(meetingTitle);
    await checkA11y(page, 'meeting hub');

    await hub.prepareAgenda();
    await builder.expectLoaded(meetingTitle);
    await checkA11y(page, 'agenda builder');
    await builder.openAddForm();
    await checkA11y(page, 'agenda builder: item form open');
    await builder.submitForm();
    await expect(builder.form.getByRole('alert')).toBeVisible();
    await checkA11y(page, 'agenda builder: item form with an error');
    await builder.openPicker();
    await checkA11y(page, 'agenda builder: pictogram picker open');
    await builder.picker.getByRole('button', { name: 'Luk' }).click();
    await builder.form.getByRole('button', { name: 'Annullér' }).click();
    await builder.openPreview();
    await pictureAgenda.expectLoaded(meetingTitle);
    await checkA11y(page, 'agenda preview');

    await hub.open(hub.meetingId);
    await hub.openBefore();
    await pictureAgenda.expectLoaded(meetingTitle);
    await pictureAgenda.expectCardImagesLoaded();
    await checkA11y(page, 'picture agenda (before the meeting)');
    await pictureAgenda.back();

    await hub.openDuring();
    await meetingMode.expectStartScreen();
    await checkA11y(page, 'meeting mode: start screen');
    await meetingMode.start();
    await meetingMode.expectItem('Velkommen');
    await checkA11y(page, 'meeting mode: item');

    await meetingMode.openAttendance();
    await meetingMode.markPresent('Anna');
    await meetingMode.markPresent('Camilla');
    await checkA11y(page, 'meeting mode: attendance');
    await meetingMode.closeAttendance();

    await meetingMode.goToItem(voteItem);
    await meetingMode.staffControls.getByRole('button', { name: 'Start afstemning' }).click();
    await expect(page.getByRole('dialog', { name: 'Start afstemning' })).toBeVisible();
    await checkA11y(page, 'meeting mode: start vote dialog');
    await page.getByRole('dialog', { name: 'Start afstemning' }).getByRole('button', { name: 'Annullér' }).click();
    await meetingMode.openVote();
    await checkA11y(page, 'meeting mode: vote open');
    await meetingMode.cast('Ja');
    await meetingMode.cast('Nej');
    await checkA11y(page, 'meeting mode: vote with votes');
    await meetingMode.closeVote();
    await checkA11y(page, 'meeting mode: vote closed, result');

    await meetingMode.openDecisionForm();
    await checkA11y(page, 'meeting mode: decision form');
    await meetingMode.decisionDialog.getByLabel('Hvad har I besluttet?').fill('Vi tager på tur');
    await meetingMode.decisionDialog.getByRole('button', { name: 'Gem' }).click();
    await expect(meetingMode.decisionDialog).toBeHidden();
    await checkA11y(page, 'meeting mode: item with a decision');

    await meetingMode.finish();
    await after.expectLoaded(meetingTitle);
    await checkA11y(page, 'after the meeting');

    await settings.open();
    await checkA11y(page, 'settings');
  });

  test('everything residents tap on the picture agenda and in meeting mode is at least 64×64', async ({ page }) => {
    test.setTimeout(90_000);
    const hub = await openExampleMeeting(page);
    const pictureAgenda = new PictureAgendaPage(page);
    const meetingMode = new MeetingModePage(page);
    // Staff controls that sit beside the item rather than in the staff bar.
    const staffOnly = [
      /^Start tid$/,
      /^(Stop|Nulstil|Fortsæt) tid/,
      /^Lav en beslutning ud fra resultatet$/,
      /^Tæl hænder uden navne$/,
    ];
    const supportCards = page.getByRole('region', { name: 'Hjælp til mødet' });

    await hub.openBefore();
    await pictureAgenda.expectLoaded(meetingTitle);
    // Header (listen to when and where) and one listen button per card.
    await expectResidentTargets(pictureAgenda.main, 'picture agenda', { minimumCount: 7 });
    await pictureAgenda.back();

    await hub.openDuring();
    await meetingMode.expectStartScreen();
    await expectResidentTargets(meetingMode.main, 'meeting mode: start screen', { minimumCount: 2 });
    await meetingMode.start();
    await expectResidentTargets(meetingMode.main, 'meeting mode: item', { staffOnly });
    await expectResidentTargets(supportCards, 'meeting mode: support cards', { minimumCount: 5 });

    await meetingMode.openAttendance();
    await expectResidentTargets(meetingMode.attendanceDialog.getByRole('list'), "attendance: members' photos", {
      minimumCount: 9,
    });
    await meetingMode.markPresent('Anna');
    await meetingMode.closeAttendance();

    await meetingMode.goToItem(voteItem);
    await meetingMode.openVote();
    await expectResidentTargets(meetingMode.voteChoices, 'vote buttons', { minimumCount: 3 });
    await meetingMode.cast('Ja');
    await expectResidentTargets(meetingMode.main, 'meeting mode: open vote', { minimumCount: 4, staffOnly });
    await meetingMode.closeVote();
    await expectResidentTargets(meetingMode.main, 'meeting mode: vote result', { minimumCount: 2, staffOnly });
  });

  test('at 200% text size the picture agenda and meeting mode fit without sideways scrolling', async ({ page }) => {
    test.setTimeout(90_000);
    const hub = await openExampleMeeting(page);
    const pictureAgenda = new PictureAgendaPage(page);
    const meetingMode = new MeetingModePage(page);

    const enlargeText = () => page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const expectNoSidewaysScroll = async (screen: string) => {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect.soft(scrollWidth, `sideways scrolling on "${screen}" at 200% text`).toBeLessThanOrEqual(clientWidth + 1);
    };
    const expectHeadingVisible = async (screen: string) => {
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      await heading.scrollIntoViewIfNeeded();
      await expect.soft(heading, `main heading on "${screen}" at 200% text`).toBeInViewport();
    };

    await hub.openBefore();
    await pictureAgenda.expectLoaded(meetingTitle);
    await enlargeText();
    await expectNoSidewaysScroll('picture agenda');
    await expectHeadingVisible('picture agenda');
    await pictureAgenda.back();

    await hub.openDuring();
    await meetingMode.expectStartScreen();
    await enlargeText();
    await expectNoSidewaysScroll('meeting mode: start screen');
    await expectHeadingVisible('meeting mode: start screen');
    await meetingMode.start();
    await expectNoSidewaysScroll('meeting mode: item');
    await expectHeadingVisible('meeting mode: item');

    await meetingMode.openAttendance();
    await expectNoSidewaysScroll('meeting mode: attendance');
    await meetingMode.markPresent('Anna');
    await meetingMode.closeAttendance();

    await meetingMode.goToItem(voteItem);
    await meetingMode.openVote();
    await meetingMode.cast('Ja');
    await expectNoSidewaysScroll('meeting mode: open vote');
    await expectHeadingVisible('meeting mode: open vote');
    await meetingMode.closeVote();
    await expectNoSidewaysScroll('meeting mode: vote result');
    await expectHeadingVisible('meeting mode: vote result');
  });
});

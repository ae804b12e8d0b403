// Not a check: saves a PNG of every screen of the journey, in each project's orientation, to
// test-results/screens/<project>/ for people to look at. Run it with
//   SCREENS=1 npx playwright test e2e/screens.spec.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { expect, test } from './support/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const photo = path.join(here, 'fixtures', 'resident-photo.png');
const meetingTitle = 'Brugerrådsmøde';
const voteItem = 'Sommertur til stranden?';

test.skip(!process.env.SCREENS, 'set SCREENS=1 to save screenshots');

test('screens of the whole journey', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const folder = path.join(here, '..', 'test-results', 'screens', testInfo.project.name);
  let n = 0;
  const shot = async (name: string, options: { fullPage?: boolean } = {}) => {
    await page.evaluate(() => document.fonts.ready);
    // Let images and transitions settle.
    await page.waitForTimeout(300);
    n += 1;
    await page.screenshot({
      path: path.join(folder, `${String(n).padStart(2, '0')}-${name}.png`),
      fullPage: options.fullPage ?? true,
    });
  };
  const largeText = async (on: boolean) => {
    await page.evaluate((enlarge) => (document.documentElement.style.fontSize = enlarge ? '200%' : ''), on);
  };

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
  await shot('welcome');
  await firstRun.openOwnForm();
  await shot('welcome-own-form');
  await firstRun.startWithExampleData();
  await shot('council');
  await home.open();
  await shot('home');
  await home.openCouncil('Brugerrådet');

  await council.openMembers();
  const form = await members.edit('Anna');
  await form.getByLabel('Vælg et foto').setInputFiles(photo);
  const crop = page.getByRole('dialog', { name: 'Beskær fotoet' });
  await shot('members-photo-crop');
  await crop.getByRole('button', { name: 'Brug udsnittet' }).click();
  await expect(form.getByRole('img', { name: 'Dit nye foto' })).toBeVisible();
  await shot('members-edit-with-photo');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await shot('members');

  await page.getByRole('link', { name: '← Brugerrådet' }).click();
  await council.newMeeting();
  await shot('meeting-form');
  await meetingForm.title.fill('');
  await meetingForm.end.fill('08:00');
  await meetingForm.createButton.click();
  await expect(meetingForm.errorNear(meetingForm.end)).toBeVisible();
  await shot('meeting-form-errors');
  await page.getByRole('link', { name: 'Annullér' }).click();

  await council.openMeeting(meetingTitle);
  await shot('hub');
  await hub.prepareAgenda();
  await shot('agenda-builder');
  await builder.openAddForm();
  await builder.submitForm();
  await shot('agenda-item-form-error');
  await builder.openPicker();
  await shot('agenda-picker', { fullPage: false });
  await builder.picker.getByRole('button', { name: 'Luk' }).click();
  await builder.form.getByRole('button', { name: 'Annullér' }).click();
  await builder.openPreview();
  await pictureAgenda.expectCardImagesLoaded();
  await shot('agenda-preview');

  await hub.open(hub.meetingId);
  await hub.openBefore();
  await pictureAgenda.expectCardImagesLoaded();
  await shot('picture-agenda');
  await shot('picture-agenda-viewport', { fullPage: false });
  await largeText(true);
  await shot('picture-agenda-200pct', { fullPage: false });
  await largeText(false);
  await pictureAgenda.back();

  await hub.openDuring();
  await meetingMode.expectStartScreen();
  await shot('meeting-start', { fullPage: false });
  await meetingMode.start();
  await shot('meeting-item', { fullPage: false });
  await largeText(true);
  await shot('meeting-item-200pct', { fullPage: false });
  await largeText(false);
  await meetingMode.openAttendance();
  for (const name of ['Anna', 'Bo', 'Camilla']) await meetingMode.markPresent(name);
  await shot('meeting-attendance', { fullPage: false });
  await meetingMode.closeAttendance();
  await meetingMode.next();
  await shot('meeting-item-2', { fullPage: false });
  await meetingMode.goToItem(voteItem);
  await meetingMode.staffControls.getByRole('button', { name: 'Start afstemning' }).click();
  await shot('meeting-start-vote-dialog', { fullPage: false });
  await page
    .getByRole('dialog', { name: 'Start afstemning' })
    .getByRole('button', { name: 'Start afstemningen' })
    .click();
  for (const choice of ['Ja', 'Ja', 'Nej'] as const) await meetingMode.cast(choice);
  await shot('meeting-vote-open', { fullPage: false });
  await largeText(true);
  await shot('meeting-vote-open-200pct', { fullPage: false });
  await largeText(false);
  await meetingMode.closeVote();
  await shot('meeting-vote-result', { fullPage: false });
  await meetingMode.openDecisionForm();
  await shot('meeting-decision-form', { fullPage: false });
  await page.keyboard.press('Escape');
  await meetingMode.writeDecision({ text: 'Vi tager bussen til stranden i juli', responsible: 'Anna' });
  await shot('meeting-item-with-decision', { fullPage: false });
  await meetingMode.goToItem('Pause');
  await shot('meeting-break', { fullPage: false });

  await meetingMode.finish();
  await after.expectLoaded(meetingTitle);
  await shot('after-meeting');
  await page.emulateMedia({ media: 'print' });
  await shot('after-meeting-print');
  await page.emulateMedia({ media: 'screen' });
  await settings.open();
  await shot('settings');
});

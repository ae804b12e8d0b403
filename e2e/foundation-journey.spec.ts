import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/test';
import type { Locator } from '@playwright/test';
import { AfterMeetingPage } from './pages/after-meeting';
import { AgendaBuilderPage } from './pages/agenda-builder';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingFormPage } from './pages/meeting-form';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { MembersPage } from './pages/members';
import { PictureAgendaPage } from './pages/picture-agenda';
import { liveRowCount, liveRows } from './support/database';
import { dayFromToday } from './support/dates';

const photo = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'resident-photo.png');

const meetingTitle = 'Brugerrådsmøde i december';
const items = {
  welcome: 'Velkommen',
  coffee: 'Ny kaffemaskine',
  christmas: 'Skal vi holde julefest?',
  pause: 'Pause',
} as const;
const decisionText = 'Vi holder julefest i fællesstuen';

async function expectImageLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
}

test.describe('foundation journey', () => {
  test('staff prepare a picture agenda, residents hold the meeting, everyone reads the minutes', async ({ page }) => {
    test.setTimeout(150_000);
    const firstRun = new FirstRunPage(page);
    const council = new CouncilPage(page);
    const members = new MembersPage(page);
    const meetingForm = new MeetingFormPage(page);
    const hub = new MeetingHubPage(page);
    const builder = new AgendaBuilderPage(page);
    const pictureAgenda = new PictureAgendaPage(page);
    const meetingMode = new MeetingModePage(page);
    const after = new AfterMeetingPage(page);

    await test.step('first run: staff create their own facility and council', async () => {
      await firstRun.open();
      await firstRun.dismissOfflineReady();
      await firstRun.createOwn({ facility: 'Bostedet Lærkereden', council: 'Brugerrådet' });
      await council.expectCouncil('Brugerrådet');
      expect(await liveRowCount(page, 'facilities')).toBe(1);
      expect(await liveRowCount(page, 'councils')).toBe(1);
    });

    await test.step('members: three residents (one with a photo), a relative and a staff member', async () => {
      await council.openMembers();
      await members.expectLoaded();
      await members.add({ name: 'Anna', role: 'Beboer', photo, photoConsent: true });
      await members.add({ name: 'Bo', role: 'Beboer' });
      await members.add({ name: 'Camilla', role: 'Beboer' });
      await members.add({ name: 'Gitte', role: 'Pårørende', represents: 'Bo' });
      await members.add({ name: 'Mette', role: 'Medarbejder' });
      await members.heading(5);
      await expectImageLoaded(members.card('Anna').locator('img'));
      await expect(members.card('Gitte')).toContainText('repræsenterer Bo');
      await expect(members.card('Mette')).toContainText('Medarbejder');
      expect(await liveRowCount(page, 'members')).toBe(5);
    });

    await test.step('new meeting: an end before the start is refused and nothing is stored', async () => {
      await page.getByRole('link', { name: '← Brugerrådet' }).click();
      await council.newMeeting();
      await meetingForm.expectLoaded();
      await meetingForm.fill({
        title: meetingTitle,
        date: dayFromToday(7),
        start: '14:00',
        end: '13:00',
        location: 'Fællesstuen',
      });
      await meetingForm.createButton.click();
      await expect(meetingForm.errorNear(meetingForm.end)).toHaveText('Mødet kan ikke slutte, før det begynder.');
      await expect(meetingForm.end).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(/\/meetings\/new$/);
      expect(await liveRowCount(page, 'meetings')).toBe(0);

      await meetingForm.end.fill('15:30');
      await meetingForm.create();
      await hub.expectTitle(meetingTitle);
      await hub.expectStatus('Planlagt');
      expect(await liveRowCount(page, 'meetings')).toBe(1);
    });

    await test.step('agenda builder: four items with pictograms, an empty title refused, reorder, delete', async () => {
      await hub.prepareAgenda();
      await builder.expectLoaded(meetingTitle);
      await builder.add({
        kind: 'Information',
        title: items.welcome,
        pictogram: { search: 'velkommen', name: 'Velkommen' },
        details: 'Vi siger hej til hinanden.',
        minutes: 5,
      });
      await builder.add({
        kind: 'Drøftelse',
        title: items.coffee,
        pictogram: { search: 'kaffe', name: 'Kaffe' },
        minutes: 15,
      });
      await builder.add({
        kind: 'Afstemning',
        title: items.christmas,
        pictogram: { search: 'jul', name: 'Jul' },
        details: 'Vi stemmer om festen.',
        minutes: 20,
      });
      await builder.add({
        kind: 'Pause',
        title: items.pause,
        pictogram: { search: 'pause', name: 'Pause' },
        minutes: 10,
      });
      expect(await builder.titles()).toEqual([items.welcome, items.coffee, items.christmas, items.pause]);
      expect(await liveRowCount(page, 'agendaItems')).toBe(4);

      // An item without a title is refused next to the field, and nothing is stored.
      await builder.openAddForm();
      await builder.submitForm();
      await expect(builder.form.getByLabel('Titel', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(builder.form.getByRole('alert')).toHaveText('Skriv noget her.');
      expect(await liveRowCount(page, 'agendaItems')).toBe(4);
      await builder.form.getByRole('button', { name: 'Annullér' }).click();
      await expect(builder.form).toBeHidden();

      await builder.moveUp(items.pause);
      await expect.poll(() => builder.titles()).toEqual([items.welcome, items.coffee, items.pause, items.christmas]);
      await builder.remove(items.coffee);
      await expect.poll(() => builder.titles()).toEqual([items.welcome, items.pause, items.christmas]);
      expect(await liveRowCount(page, 'agendaItems')).toBe(3);

      // The order and the deletion are stored, not just shown.
      await page.reload();
      await builder.expectLoaded(meetingTitle);
      await expect.poll(() => builder.titles()).toEqual([items.welcome, items.pause, items.christmas]);
    });

    let previewCards = '';
    await test.step('preview shows the cards exactly as residents will see them', async () => {
      await builder.openPreview();
      await pictureAgenda.expectLoaded(meetingTitle);
      await expect(pictureAgenda.previewBar).toBeVisible();
      expect(await pictureAgenda.cardNames()).toEqual([
        `Punkt 1: ${items.welcome}`,
        items.pause,
        `Punkt 2: ${items.christmas}`,
      ]);
      await pictureAgenda.expectCardImagesLoaded();
      previewCards = await pictureAgenda.cardsSnapshot();
      await pictureAgenda.previewBar.getByRole('link', { name: 'Tilbage til dagsordenen' }).click();
      await builder.expectLoaded(meetingTitle);
      await page.getByRole('link', { name: `← ${meetingTitle}` }).click();
    });

    await test.step('hub: the agenda is ready', async () => {
      await hub.expectTitle(meetingTitle);
      await hub.markAgendaReady();
    });

    await test.step('before the meeting: one picture card per item, images loaded', async () => {
      await hub.openBefore();
      await pictureAgenda.expectLoaded(meetingTitle);
      await expect(pictureAgenda.previewBar).toHaveCount(0);
      await expect(pictureAgenda.cards).toHaveCount(3);
      expect(await pictureAgenda.expectCardImagesLoaded()).toBeGreaterThanOrEqual(3);
      for (const title of Object.values(items).filter((t) => t !== items.coffee)) {
        await expect(pictureAgenda.card(title).getByRole('img').first()).toBeVisible();
      }
      expect(await pictureAgenda.cardsSnapshot()).toBe(previewCards);
      await pictureAgenda.back();
    });

    await test.step('during the meeting: start, attendance by photos, next and back', async () => {
      await hub.openDuring();
      await meetingMode.expectStartScreen();
      await meetingMode.start();
      await meetingMode.expectItem(items.welcome, 'Punkt 1 af 2');

      await meetingMode.openAttendance();
      await expectImageLoaded(meetingMode.person('Anna').locator('img'));
      for (const name of ['Anna', 'Bo', 'Gitte', 'Mette']) await meetingMode.markPresent(name);
      await expect(meetingMode.person('Camilla')).toHaveAttribute('aria-pressed', 'false');
      await meetingMode.closeAttendance();
      await meetingMode.expectAttendanceCount(4, 5);

      await meetingMode.next();
      await meetingMode.expectItem(items.pause, 'Pause');
      await meetingMode.previous();
      await meetingMode.expectItem(items.welcome, 'Punkt 1 af 2');
      await meetingMode.goToItem(items.christmas);
      await expect(meetingMode.progress).toHaveText('Punkt 2 af 2');
    });

    await test.step('vote: Anna and Gitte (for Bo) say yes; one mark per vote; close and see the result', async () => {
      await meetingMode.openVote();
      // Two can vote: Anna, and Gitte for Bo (one household, one vote); Mette is staff.
      await expect(meetingMode.liveTotal).toContainText('(0 af 2 har stemt)');
      await meetingMode.cast('Ja', 'Anna');
      await meetingMode.cast('Ja', 'Gitte for Bo');
      await meetingMode.expectMarks('Ja', 2);
      await meetingMode.expectMarks('Nej', 0);
      await meetingMode.expectMarks('Ved ikke', 0);
      expect(await liveRowCount(page, 'ballots')).toBe(2);

      await meetingMode.closeVote();
      await expect(meetingMode.closedResult).toContainText('Flest stemte: Ja');
      await expect(meetingMode.closedResult).toContainText('Flest stemmer');
      await meetingMode.expectMarks('Ja', 2);
      await meetingMode.expectMarks('Nej', 0);
      await meetingMode.expectMarks('Ved ikke', 0);
      await expect(meetingMode.voteChoices).toHaveCount(0);
    });

    await test.step('decision with a pictogram and who does it', async () => {
      await meetingMode.writeDecision({
        text: decisionText,
        pictogram: { search: 'fest', name: 'Fest' },
        responsible: 'Mette',
      });
      const decision = meetingMode.decisions.filter({ hasText: decisionText });
      await expect(decision).toContainText('Mette sørger for det');
      await expectImageLoaded(decision.locator('img').first());
      const stored = await liveRows<{ text: string; picture?: { id: string } }>(page, 'decisions');
      expect(stored).toHaveLength(1);
      expect(stored[0]?.text).toBe(decisionText);
      expect(stored[0]?.picture?.id).toBe('party');
    });

    await test.step('end the meeting', async () => {
      await meetingMode.finish();
    });

    await test.step('after the meeting: decisions, minutes with attendance and the vote, publish', async () => {
      await after.expectLoaded(meetingTitle);
      const decision = after.decision(decisionText);
      await expect(decision).toContainText('Mette sørger for det');
      await expectImageLoaded(decision.locator('img').first());

      expect((await after.names('Dem, der var med')).sort()).toEqual([
        'Anna Beboer',
        'Bo Beboer',
        'Gitte Pårørende',
        'Mette Medarbejder',
      ]);
      expect(await after.names('Dem, der ikke var med')).toEqual(['Camilla Beboer']);

      const voteItem = after.minutesItem(items.christmas);
      await expect(voteItem.getByRole('heading', { name: `Afstemning: ${items.christmas}` })).toBeVisible();
      await expect(voteItem).toContainText('Flest stemte: Ja');
      await expect(voteItem.getByRole('img', { name: '2 stemmer' })).toBeVisible();
      await expect(voteItem.getByRole('img', { name: '1 stemme' })).toHaveCount(0);
      await expect(voteItem).toContainText(decisionText);
      await expect(after.minutesItem(items.welcome)).toBeVisible();

      await after.publish();
      await expect(after.publishButton).toHaveCount(0);
    });

    await test.step('the minutes print cleanly: no buttons or navigation, a real PDF', async () => {
      await page.emulateMedia({ media: 'print' });
      await expect(after.minutes.getByRole('heading', { name: `Referat: ${meetingTitle}` })).toBeVisible();
      await expect(page.getByRole('navigation')).toBeHidden();
      await expect(page.locator('button:visible')).toHaveCount(0);
      await expect(page.locator('a:visible')).toHaveCount(0);
      await expect(after.minutes.getByText(decisionText)).toBeVisible();

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('the hub shows the minutes as published', async () => {
      await page.getByRole('link', { name: '← Til mødesiden' }).first().click();
      await hub.expectStatus('Referat færdigt');
    });
  });
});

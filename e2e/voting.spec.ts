// One journey per way of voting: open (member, then choice), counted by hand, and secret on
// the passed-round tablet — the secret one offline, with a reload between voters and a
// second-vote attempt from another tab, checked in IndexedDB itself.
import type { Page } from '@playwright/test';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { rawRows, VotingPage } from './pages/voting';
import { checkA11y } from './support/a11y';
import { waitForOfflineReady } from './support/service-worker';
import { expectResidentTargets } from './support/targets';
import { expect, test } from './support/test';

const voteItem = 'Sommertur til stranden?';

async function toVoteItem(page: Page, { offlineReady = false } = {}) {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  if (offlineReady) await waitForOfflineReady(page);
  await firstRun.startWithExampleData();
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  await new MeetingHubPage(page).startMeeting();
  const meetingMode = new MeetingModePage(page);
  await meetingMode.goToItem(voteItem);
  return meetingMode;
}

test.describe('voting', () => {
  test('secret ballot on the shared tablet, offline, with a reload between voters: nothing lost, no double vote, nothing shown of the previous choice', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const voting = new VotingPage(page);
    await toVoteItem(page, { offlineReady: true });
    await context.setOffline(true);

    await test.step('staff start a secret choose-one vote with pictures', async () => {
      await voting.startVote({
        kind: 'Vælg 1 mulighed',
        mode: 'Hemmeligt på tabletten',
        options: [
          { label: 'Stranden', pictogram: { search: 'svøm', name: 'Svømning' } },
          { label: 'Zoo', pictogram: { search: 'kæledyr', name: 'Dyr' } },
        ],
      });
      await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
      await expect(page.getByText(/Vi ser resultatet, når afstemningen er slut/)).toBeVisible();
      await checkA11y(page, 'secret vote: who votes now');
      // Six can vote: the residents, with Gitte voting for Bo (she represents him) instead of Bo.
      await expect(voting.voterGrid.getByRole('button')).toHaveCount(6);
      await expect(voting.voter('Gitte for Bo')).toBeVisible();
      await expect(voting.voter('Bo')).toHaveCount(0);
      await expectResidentTargets(voting.voterGrid, 'secret vote: voter photos', { minimumCount: 6 });
    });

    await test.step('Anna votes: private screen with only the options, confirm, thanks, clean hand-over', async () => {
      await voting.voter('Anna').click();
      const dialog = voting.privateScreen;
      await expect(dialog).toBeVisible();
      // Only the options (and a way back for a wrong photo): no other voters, no meeting, no count.
      await expect(dialog.getByRole('group', { name: 'Vælg' }).getByRole('button')).toHaveCount(2);
      await expect(dialog).not.toContainText('Bo');
      await expect(dialog).not.toContainText('har stemt');
      await expect(page.locator('body > :not(.ballot-screen)').first()).toHaveAttribute('inert', '');
      await checkA11y(page, 'secret vote: private options');
      await expectResidentTargets(dialog.getByRole('group', { name: 'Vælg' }), 'secret vote: options', {
        minimumCount: 2,
      });
      await dialog.getByRole('button', { name: 'Zoo', exact: true }).click();
      await expect(dialog.getByRole('heading', { name: 'Er du sikker?' })).toBeVisible();
      await checkA11y(page, 'secret vote: are you sure');
      await expectResidentTargets(dialog.locator('.ballot-flow__confirm-buttons'), 'secret vote: confirm', {
        minimumCount: 2,
      });
      await dialog.getByRole('button', { name: 'Det er min stemme' }).click();
      await expect(dialog.getByRole('heading', { name: 'Tak, din stemme er talt' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Videre' }).click();
      await voting.expectCleanHandOver(['Zoo', 'Stranden']);
      await expect(page.locator('img[src*="/pet."]')).toHaveCount(0);
      await checkA11y(page, 'secret vote: hand-over');
      await expectResidentTargets(page.getByTestId('ballot-hand-over'), 'secret vote: hand-over', { minimumCount: 1 });
      await dialog.getByRole('button', { name: 'Næste person' }).click();
    });

    await test.step('reload offline between two voters: the ballot is kept and Anna has voted', async () => {
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
      await expect(voting.voter('Anna')).toBeDisabled();
      await expect(voting.voter('Anna')).toContainText('Har stemt');
      await expect(page.getByText('1 af 6 har stemt')).toBeVisible();
      expect(await rawRows(page, 'secretBallots')).toHaveLength(1);
    });

    await test.step('Gitte votes for Bo after the reload', async () => {
      await voting.voteSecretly('Gitte', 'Stranden', ['Stranden', 'Zoo']);
    });

    await test.step('a second tab on this meeting does not open a second ballot', async () => {
      // One meeting screen per meeting on a device (issue 11): the other tab says where the
      // meeting runs and offers no voter. (Two devices voting as one person: the ballot box's
      // own refusal, secret-vote-second-device.test.tsx.)
      await voting.voter('Camilla').click();
      await voting.privateScreen.getByRole('button', { name: 'Zoo', exact: true }).click();
      const other = await context.newPage();
      await other.goto(page.url());
      await expect(other.getByRole('heading', { name: 'Mødet vises i en anden fane' })).toBeVisible();
      await expect(new VotingPage(other).voterGrid).toHaveCount(0);
      await other.close();
      await voting.privateScreen.getByRole('button', { name: 'Det er min stemme' }).click();
      await expect(voting.privateScreen.getByRole('heading', { name: 'Tak, din stemme er talt' })).toBeVisible();
      await voting.privateScreen.getByRole('button', { name: 'Videre' }).click();
      await voting.privateScreen.getByRole('button', { name: 'Næste person' }).click();
      await expect(voting.voter('Camilla')).toBeDisabled();
    });

    await test.step('IndexedDB: ballots are exactly {id, voteId, choice}; who voted is kept apart', async () => {
      const ballots = await rawRows(page, 'secretBallots');
      expect(ballots).toHaveLength(3);
      for (const ballot of ballots) expect(Object.keys(ballot).sort()).toEqual(['choice', 'id', 'voteId']);
      const members = await rawRows(page, 'members');
      const memberIds = members.map((m) => m.id as string);
      for (const ballot of ballots) for (const id of memberIds) expect(JSON.stringify(ballot)).not.toContain(id);
      const voted = await rawRows(page, 'hasVoted');
      expect(voted).toHaveLength(3);
      for (const row of voted) expect(JSON.stringify(row)).not.toMatch(/zoo|beach|Stranden|Zoo/);
      const outbox = await rawRows(page, 'outbox');
      expect(outbox.filter((o) => o.table === 'secretBallots')).toHaveLength(0);
    });

    await test.step('close: the result as pictures, Zoo wins with 2 marks', async () => {
      await voting.closeVote();
      await expect(page.getByText('Flest stemte: Zoo')).toBeVisible();
      await voting.expectMarks('Zoo', 2);
      await voting.expectMarks('Stranden', 1);
      await checkA11y(page, 'secret vote: result');
    });
  });

  test('open vote: staff tap a member, then the member’s smiley; counted live and once per member', async ({
    page,
  }) => {
    const voting = new VotingPage(page);
    await toVoteItem(page);
    await voting.startVote({ kind: 'Smiley-skala', mode: 'Åbent på tabletten' });
    const strip = page.getByRole('list', { name: 'Dem, der kan stemme' });
    await strip.getByRole('button', { name: /^Anna/ }).click();
    await page.getByRole('group', { name: 'Vælg' }).getByRole('button', { name: 'Glad', exact: true }).click();
    await expect(page.getByText('Anna har stemt.')).toBeVisible();
    await expect(strip.getByRole('button', { name: /^Anna/ })).toBeDisabled();
    await strip.getByRole('button', { name: /^Gitte for Bo/ }).click();
    await page.getByRole('group', { name: 'Vælg' }).getByRole('button', { name: 'Glad', exact: true }).click();
    await strip.getByRole('button', { name: /^Camilla/ }).click();
    await page.getByRole('group', { name: 'Vælg' }).getByRole('button', { name: 'Ked af det', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Sådan har I stemt \(3 af 6 har stemt\)/ })).toBeVisible();
    await voting.expectMarks('Glad', 2);
    await expectResidentTargets(page.getByRole('group', { name: 'Vælg' }), 'open vote: smileys', { minimumCount: 3 });
    await expectResidentTargets(strip, 'open vote: members', { minimumCount: 6 });
    await checkA11y(page, 'open vote');
    const ballots = await rawRows(page, 'ballots');
    expect(ballots.filter((b) => b.memberId).length).toBe(3);
    await voting.closeVote();
    await expect(page.getByText('Flest stemte: Glad')).toBeVisible();
    await page.getByRole('button', { name: 'Lav en beslutning ud fra resultatet' }).click();
    // A sentence with the winner (its wording is the decision sentence's), never "question?: Glad".
    const decision = page
      .getByRole('dialog', { name: 'Skriv beslutning' })
      .getByRole('textbox', { name: /Hvad har I besluttet/ });
    await expect(decision).toHaveValue(/Glad/);
    await expect(decision).not.toHaveValue(/\?:/);
  });

  test('counted by hand: staff type the numbers; a tie shows the council’s rule and a lot is drawn', async ({
    page,
  }) => {
    const voting = new VotingPage(page);
    await toVoteItem(page);
    await voting.startVote({ kind: 'Ja, nej eller ved ikke', mode: 'Talt i hånden' });
    for (const [label, value] of [
      ['Ja', '5'],
      ['Nej', '5'],
      ['Ved ikke', '1'],
    ] as const) {
      await page.getByRole('spinbutton', { name: new RegExp(`^${label}`) }).fill(value);
    }
    await page.getByRole('button', { name: 'Gem tallene' }).click();
    await expect(page.getByText('Tallene er gemt.')).toBeVisible();
    await checkA11y(page, 'hand count');
    await page.reload();
    await expect(page.getByRole('spinbutton', { name: /^Ja/ })).toHaveValue('5');
    await voting.closeVote();
    await expect(page.getByText('Lige mange stemmer: Ja og Nej')).toBeVisible();
    await expect(page.getByText('Rådets regel ved stemmelighed: Rådet beslutter.')).toBeVisible();
    await page.getByRole('button', { name: 'Træk lod' }).click();
    await expect(page.getByText(/Lodtrækningen valgte: (Ja|Nej)/)).toBeVisible();
    const [vote] = await rawRows(page, 'votes');
    expect((vote!.tieBreak as { method: string }).method).toBe('lot');
    await checkA11y(page, 'hand count: result');
  });
});

// A secret vote on the passed-round tablet says nothing of anyone's choice: six residents vote,
// and no option's word is ever spoken or played, not on the tap, not at "Er du sikker?", not at
// the thank-you. "Hør mulighederne" reads every option, in order, in the same words for every
// voter. Every utterance and every audio play is recorded in the page (support/fake-voice.ts
// and an init script here); a vote started "for headphones" shows that the recording hears a
// spoken choice when there is one.
import type { BrowserContext, Page } from '@playwright/test';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { rawRows, VotingPage, type VoteOptionInput } from './pages/voting';
import { checkA11y } from './support/a11y';
import { spokenTexts } from './support/fake-voice';
import { residentTarget } from './support/targets';
import { expect, test } from './support/test';

const voteItem = 'Sommertur til stranden?';
const choices: VoteOptionInput[] = [
  { label: 'Bowlinghallen', pictogram: { search: 'svøm', name: 'Svømning' } },
  { label: 'Dyreparken', pictogram: { search: 'kæledyr', name: 'Dyr' } },
];
const labels = choices.map((c) => c.label);

/** Every audio element's play() is kept in window.__played, next to the spoken texts. */
async function recordAudioPlays(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const played: string[] = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this.currentSrc || this.src);
      return play.call(this);
    };
    Object.defineProperty(window, '__played', { configurable: true, get: () => played });
  });
}

async function playedAudio(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __played?: string[] }).__played ?? []);
}

async function startSecretVote(page: Page, spokenChoices: boolean): Promise<VotingPage> {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  await new MeetingHubPage(page).startMeeting();
  await new MeetingModePage(page).goToItem(voteItem);
  const voting = new VotingPage(page);
  await voting.startVote({ kind: 'Vælg 1 mulighed', mode: 'Hemmeligt på tabletten', options: choices, spokenChoices });
  await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
  return voting;
}

/** Taps "Hør mulighederne" and returns what was read, once the reading has ended. */
async function hearTheChoices(page: Page, voting: VotingPage): Promise<string[]> {
  const before = (await spokenTexts(page)).length;
  await voting.privateScreen.getByRole('button', { name: 'Hør mulighederne' }).click();
  // While it reads, the button is a stop button; it turns back when the last option is read.
  await expect(voting.privateScreen.getByRole('button', { name: 'Stop oplæsningen' })).toBeVisible();
  await expect(voting.privateScreen.getByRole('button', { name: 'Hør mulighederne' })).toBeVisible();
  return (await spokenTexts(page)).slice(before);
}

test.describe('a secret vote is silent', () => {
  test('six residents vote; no option is ever said or played, and “Hør mulighederne” reads the same for every voter', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await recordAudioPlays(context);
    const voting = new VotingPage(page);

    await test.step('the start dialog offers spoken choices for a secret vote only, off', async () => {
      const firstRun = new FirstRunPage(page);
      await firstRun.open();
      await firstRun.startWithExampleData();
      await new CouncilPage(page).openMeeting('Brugerrådsmøde');
      await new MeetingHubPage(page).startMeeting();
      await new MeetingModePage(page).goToItem(voteItem);
      await voting.staffControls.getByRole('button', { name: 'Start afstemning' }).click();
      await expect(voting.startDialog).toBeVisible();
      await expect(voting.spokenChoicesBox).toHaveCount(0);
      await voting.startDialog.getByRole('radio', { name: /^Hemmeligt på tabletten/ }).check();
      await expect(voting.spokenChoicesBox).not.toBeChecked();
      await checkA11y(page, 'start vote: spoken choices');
      await voting.startDialog.getByRole('button', { name: 'Annullér' }).click();
      await expect(voting.startDialog).toBeHidden();
      await voting.startVote({ kind: 'Vælg 1 mulighed', mode: 'Hemmeligt på tabletten', options: choices });
      await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
      const [vote] = await rawRows(page, 'votes');
      expect(vote?.spokenChoices).toBeUndefined();
    });

    // The six who can vote: the residents, with Gitte voting for Bo (she represents him).
    const voters = ['Anna', 'Gitte', 'Camilla', 'Dennis', 'Emma', 'Frederik'];
    await expect(voting.voterGrid.getByRole('button')).toHaveCount(voters.length);
    const readings: string[][] = [];
    const heardDuringBallots: string[] = [];

    for (const [index, voter] of voters.entries()) {
      await test.step(`${voter} votes`, async () => {
        await voting.voter(voter).click();
        await expect(voting.privateScreen.getByRole('group', { name: 'Vælg' })).toBeVisible();
        // From the private screen on; the voter's own name was said when the photo was tapped.
        const from = (await spokenTexts(page)).length;
        if (index === 0 || index === 3) {
          readings.push(await hearTheChoices(page, voting));
          if (index === 0) {
            await checkA11y(page, 'secret vote: hear the choices');
            // A resident's target: at least 64×64 CSS px.
            const box = await voting.privateScreen.getByRole('button', { name: 'Hør mulighederne' }).boundingBox();
            expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(residentTarget);
          }
        }
        const afterReading = (await spokenTexts(page)).length;
        await voting.privateScreen.getByRole('button', { name: labels[index % 2]!, exact: true }).click();
        await expect(voting.privateScreen.getByRole('list', { name: 'Det har du valgt' })).toHaveText(
          labels[index % 2]!,
        );
        await voting.privateScreen.getByRole('button', { name: /^Lyt/ }).click();
        await voting.privateScreen.getByRole('button', { name: 'Det er min stemme' }).click();
        await expect(voting.privateScreen.getByRole('heading', { name: 'Tak, din stemme er talt' })).toBeVisible();
        await voting.privateScreen.getByRole('button', { name: 'Videre' }).click();
        await voting.expectCleanHandOver(labels);
        await voting.privateScreen.getByRole('button', { name: 'Næste person' }).click();
        await expect(voting.voter(voter)).toBeDisabled();
        const spoken = await spokenTexts(page);
        heardDuringBallots.push(...spoken.slice(afterReading));
        expect(spoken.slice(from, afterReading).length).toBe(index === 0 || index === 3 ? 2 : 0);
      });
    }

    await test.step('nothing said named an option; the reading was the options, in order, the same twice', async () => {
      expect(heardDuringBallots).toContain('Er det din stemme?');
      expect(heardDuringBallots).toContain('Det er min stemme. Tak, din stemme er talt.');
      for (const text of heardDuringBallots) for (const label of labels) expect(text).not.toContain(label);
      expect(await playedAudio(page)).toEqual([]);
      expect(readings[0]).toEqual(['Bowlinghallen.', 'Dyreparken.']);
      expect(readings[1]).toEqual(readings[0]);
      await expect(page.getByText('6 af 6 har stemt')).toBeVisible();
    });
  });

  test('started for headphones, a tapped option is read aloud to the voter', async ({ page }) => {
    const voting = await startSecretVote(page, true);
    const [vote] = await rawRows(page, 'votes');
    expect(vote?.spokenChoices).toBe(true);
    await voting.voter('Anna').click();
    await voting.privateScreen.getByRole('button', { name: 'Dyreparken', exact: true }).click();
    await expect(voting.privateScreen.getByRole('heading', { name: 'Er du sikker?' })).toBeVisible();
    expect((await spokenTexts(page)).at(-1)).toBe('Dyreparken');
  });
});

// Meeting mode must show all of the current step without scrolling on a 10-inch tablet in
// landscape (1280×800 and 1024×768) and standing up (800×1280): the secret "Hvem stemmer nu?"
// grid with 9 voters, the voter's options, the confirmation, the result, and "Runden rundt".
// At 200 % text the current step's choices must still be reachable, never hidden behind the
// support strip or the staff bar. Checked by bounding boxes and hit tests, with a screenshot
// of every step and size in /tmp/shots-meeting (or SHOTS_DIR).
import type { Locator, Page } from '@playwright/test';
import { AgendaBuilderPage } from './pages/agenda-builder';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { MembersPage } from './pages/members';
import { coffeeOrTea, VotingPage } from './pages/voting';
import { checkA11y } from './support/a11y';
import { expectAllInView, expectEachReachable, landscapeTablets, setLargeText } from './support/in-view';
import { expectResidentTargets } from './support/targets';
import { expect, test } from './support/test';

const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots-meeting';
const voteItem = 'Sommertur til stranden?';
const roundItem = 'Hvordan har du det?';
/** Three more residents: the example council then has 9 residents who vote. */
const newResidents = ['Hanne', 'Ib', 'Jens'];

async function meetingWithNineVoters(page: Page): Promise<MeetingModePage> {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  const council = new CouncilPage(page);
  await council.openMembers();
  const members = new MembersPage(page);
  for (const name of newResidents) await members.add({ name, role: 'Beboer' });
  await page.getByRole('link', { name: '← Brugerrådet' }).click();
  await council.openMeeting('Brugerrådsmøde');
  const hub = new MeetingHubPage(page);
  const meetingId = hub.meetingId;
  await hub.prepareAgenda();
  await new AgendaBuilderPage(page).add({ kind: 'Runden rundt', title: roundItem });
  await hub.open(meetingId);
  await hub.startMeeting();
  return new MeetingModePage(page);
}

interface Step {
  name: string;
  /** Everything that must be on screen without scrolling. */
  controls: () => Promise<Locator[]>;
  /** The step's choices, which must stay reachable at 200 % text. */
  choices: () => Promise<Locator[]>;
  minimumCount?: number;
}

/** Checks one step at the project's size, at both landscape tablets, and at 200 % text. */
async function checkStep(page: Page, project: string, step: Step): Promise<void> {
  const own = page.viewportSize()!;
  const sizes = [own, ...landscapeTablets.filter((s) => s.width !== own.width || s.height !== own.height)];
  for (const size of sizes) {
    await page.setViewportSize(size);
    const label = `${step.name} at ${size.width}×${size.height}`;
    await expectAllInView(page, await step.controls(), label, { minimumCount: step.minimumCount ?? 1 });
    await page.screenshot({ path: `${shotsDir}/${project}-${step.name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(own);
  await setLargeText(page, true);
  await expectEachReachable(await step.choices(), `${step.name} at 200 % text`);
  await expectAllInView(page, [], `${step.name} at 200 % text`, { minimumCount: 0 });
  await page.screenshot({ path: `${shotsDir}/${project}-${step.name}-${own.width}x${own.height}-200pct.png` });
  await setLargeText(page, false);
}

test.describe('meeting mode fits the tablet', () => {
  test('every step of a secret vote and the round fits at 1280×800, 1024×768 and standing up; choices reachable at 200 % text', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const project = testInfo.project.name;
    const meetingMode = await meetingWithNineVoters(page);
    const voting = new VotingPage(page);
    const staffButtons = () => meetingMode.staffControls.getByRole('button').all();
    const supportCards = () => page.getByRole('region', { name: 'Hjælp til mødet' }).getByRole('button').all();

    await meetingMode.goToItem(voteItem);
    await voting.startVote({ kind: 'Ja, nej eller ved ikke', mode: 'Hemmeligt på tabletten' });
    await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
    const voterCount = await voting.voterGrid.getByRole('button').count();
    expect(voterCount).toBeGreaterThanOrEqual(9);

    await test.step('who votes now: all voters, the support cards and the staff bar', async () => {
      await checkStep(page, project, {
        name: 'who-votes',
        minimumCount: 9,
        controls: async () => [
          ...(await voting.voterGrid.getByRole('button').all()),
          ...(await supportCards()),
          ...(await staffButtons()),
        ],
        choices: () => voting.voterGrid.getByRole('button').all(),
      });
      await checkA11y(page, 'secret vote: who votes now, 9 voters');
      await expectResidentTargets(voting.voterGrid, 'secret vote: 9 voters', { minimumCount: 9 });
    });

    await test.step('the voter’s options', async () => {
      await voting.voter('Anna').click();
      const choices = voting.privateScreen.getByRole('group', { name: 'Vælg' }).getByRole('button');
      await expect(choices).toHaveCount(3);
      await checkStep(page, project, {
        name: 'ballot',
        minimumCount: 4,
        controls: () => voting.privateScreen.getByRole('button').all(),
        choices: () => choices.all(),
      });
    });

    await test.step('the confirmation', async () => {
      await voting.privateScreen.getByRole('button', { name: 'Nej', exact: true }).click();
      const confirm = voting.privateScreen.getByRole('button', { name: 'Det er min stemme' });
      await expect(confirm).toBeVisible();
      await checkStep(page, project, {
        name: 'confirm',
        minimumCount: 2,
        controls: async () => [confirm, voting.privateScreen.getByRole('button', { name: 'Jeg vil vælge igen' })],
        choices: async () => [confirm, voting.privateScreen.getByRole('button', { name: 'Jeg vil vælge igen' })],
      });
      await confirm.click();
      await voting.privateScreen.getByRole('button', { name: 'Videre' }).click();
      await voting.privateScreen.getByRole('button', { name: 'Næste person' }).click();
      await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
    });

    await test.step('everyone else votes, then the result', async () => {
      const choices = ['Ja', 'Ja', 'Ved ikke', 'Ja', 'Nej', 'Ja', 'Ja', 'Nej', 'Ja', 'Ja'];
      for (let i = 0; (await voting.voterGrid.getByRole('button', { disabled: false }).count()) > 0; i++) {
        await voting.voterGrid.getByRole('button', { disabled: false }).first().click();
        await voting.privateScreen.getByRole('button', { name: choices[i % choices.length], exact: true }).click();
        await voting.privateScreen.getByRole('button', { name: 'Det er min stemme' }).click();
        await voting.privateScreen.getByRole('button', { name: 'Videre' }).click();
        await voting.privateScreen.getByRole('button', { name: 'Næste person' }).click();
        await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
      }
      await expect(page.getByText(`${voterCount} af ${voterCount} har stemt`)).toBeVisible();
      await meetingMode.staffControls.getByRole('button', { name: 'Luk afstemningen' }).click();
      const result = page.locator('.vote-result');
      await expect(result).toBeVisible();
      await checkStep(page, project, {
        name: 'result',
        minimumCount: 3,
        controls: async () => [
          ...(await result.locator('.vote-result__row').all()),
          ...(await page.getByRole('main').getByRole('button').all()),
          ...(await supportCards()),
          ...(await staffButtons()),
        ],
        choices: async () => [
          ...(await result.locator('.vote-result__row').all()),
          ...(await page.getByRole('main').getByRole('button').all()),
        ],
      });
      await checkA11y(page, 'secret vote: result, 9 voters');
    });

    await test.step('round the table: the person and “Næste person”', async () => {
      await meetingMode.goToItem(roundItem);
      const round = page.getByRole('region', { name: 'Runden rundt' });
      await expect(round.getByText(/^Nu er det .+ tur/)).toBeVisible();
      const person = round.locator('.round-table__person');
      const next = round.getByRole('button', { name: /Næste person/ });
      await checkStep(page, project, {
        name: 'round',
        minimumCount: 4,
        controls: async () => [
          person,
          ...(await round.getByRole('button').all()),
          ...(await supportCards()),
          ...(await staffButtons()),
        ],
        choices: async () => [person, next],
      });
      await next.click();
      await expect(round.getByText(/2 af \d+/)).toBeVisible();
      await checkA11y(page, 'round the table');
      await expectResidentTargets(round, 'round the table', { minimumCount: 2 });
    });
  });
});

test.describe('an open vote fits the tablet', () => {
  test('who votes, the answers and the live count of an open vote with 9 voters fit at 1280×800, 1024×768 and standing up', async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    const project = testInfo.project.name;
    const meetingMode = await meetingWithNineVoters(page);
    const voting = new VotingPage(page);
    const staffButtons = () => meetingMode.staffControls.getByRole('button').all();
    const supportCards = () => page.getByRole('region', { name: 'Hjælp til mødet' }).getByRole('button').all();
    const openVoteControls = async () => [
      ...(await meetingMode.voterStrip.getByRole('button').all()),
      ...(await meetingMode.voteChoices.getByRole('button').all()),
      meetingMode.liveTotal,
      ...(await supportCards()),
      ...(await staffButtons()),
    ];

    await test.step('a show of hands, yes or no', async () => {
      await meetingMode.goToItem(voteItem);
      await meetingMode.openVote();
      await expect(meetingMode.voterStrip.getByRole('button')).toHaveCount(9);
      await meetingMode.cast('Ja', 'Anna');
      await checkStep(page, project, {
        name: 'open-yes-no',
        minimumCount: 13,
        controls: openVoteControls,
        choices: () => meetingMode.voteChoices.getByRole('button').all(),
      });
      await checkA11y(page, 'open vote, yes or no, 9 voters');
      await expectResidentTargets(meetingMode.voteChoices, 'open vote: answers', { minimumCount: 3 });
      await meetingMode.closeVote();
    });

    await test.step('a show of hands among pictures, on a discussion item', async () => {
      await meetingMode.goToItem('Ny kaffemaskine');
      await voting.startVote({
        kind: 'Vælg 1 mulighed',
        mode: 'Åbent på tabletten',
        options: coffeeOrTea,
      });
      const options = page.getByRole('main').getByRole('group', { name: 'Vælg', exact: true }).getByRole('button');
      await expect(options).toHaveCount(2);
      await checkStep(page, project, {
        name: 'open-choose-one',
        minimumCount: 12,
        controls: async () => [
          ...(await meetingMode.voterStrip.getByRole('button').all()),
          ...(await options.all()),
          meetingMode.liveTotal,
          ...(await supportCards()),
          ...(await staffButtons()),
        ],
        choices: () => options.all(),
      });
      await checkA11y(page, 'open vote, pictures, 9 voters');
    });
  });
});

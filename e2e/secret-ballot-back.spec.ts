// The secret ballot on the passed-round tablet, as a resident who cannot read meets it: the
// confirmation has pictures and words of its own (never the "Ja" tick or the "Gentag" arrows),
// and the browser's or Android's Back never leaves the ballot for the staff page with
// "Afslut mødet" and "Slet mødet" — not at the choice, not at the confirmation, not when the
// meeting screen was the first page opened. The same for an election's ballot.
import type { Page } from '@playwright/test';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { VotingPage } from './pages/voting';
import { checkA11y } from './support/a11y';
import { expectResidentTargets } from './support/targets';
import { expect, test } from './support/test';

const voteItem = 'Sommertur til stranden?';

async function secretYesNoVote(page: Page): Promise<VotingPage> {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  await new MeetingHubPage(page).startMeeting();
  await new MeetingModePage(page).goToItem(voteItem);
  const voting = new VotingPage(page);
  await voting.startVote({ kind: 'Ja, nej eller ved ikke', mode: 'Hemmeligt på tabletten' });
  await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
  return voting;
}

/** Nothing a voter could reach that belongs to the staff: no staff bar, no hub, no menu. */
async function expectNoStaffControls(page: Page, where: string): Promise<void> {
  for (const name of ['Afslut mødet', 'Slet mødet', 'Start mødet', 'Forlad mødeskærmen', 'Luk afstemningen', 'Næste']) {
    await expect(
      page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true })),
      `${name} ${where}`,
    ).toBeHidden();
  }
  await expect(page.getByRole('navigation'), `staff navigation ${where}`).toBeHidden();
}

/** Presses Back and gives the router time to act on it (and to put the page back). */
async function pressBack(page: Page): Promise<void> {
  await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
  await page.waitForFunction(() => document.readyState === 'complete');
  // The router handles popstate in a task after the event: wait two animation frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test.describe('secret ballot on the shared tablet', () => {
  test('the confirmation shows the choice large with “Det er min stemme” and “Jeg vil vælge igen”, not the pictures or words of Ja or Gentag', async ({
    page,
  }) => {
    const voting = await secretYesNoVote(page);
    await voting.voter('Anna').click();
    await voting.privateScreen.getByRole('button', { name: 'Nej', exact: true }).click();
    const screen = voting.privateScreen;
    await expect(screen.getByRole('heading', { name: 'Er du sikker?' })).toBeVisible();

    const chosen = screen.getByRole('list', { name: 'Det har du valgt' });
    await expect(chosen).toHaveText('Nej');
    await expect(chosen.locator('img[src*="/no."]')).toHaveCount(1);
    const mine = screen.getByRole('button', { name: 'Det er min stemme', exact: true });
    const again = screen.getByRole('button', { name: 'Jeg vil vælge igen', exact: true });
    await expect(mine).toBeVisible();
    await expect(again).toBeVisible();
    await expect(mine.locator('img[src*="/cast-vote."]')).toHaveCount(1);
    await expect(again.locator('img[src*="/back."]')).toHaveCount(1);
    // Not one picture or word of a vote option, nor the "Gentag" support card's arrows.
    for (const word of ['Ja', 'Tilbage', 'Gentag'])
      await expect(screen.getByRole('button', { name: word, exact: true })).toHaveCount(0);
    await expect(screen.locator('img[src*="/yes."], img[src*="/repeat."]')).toHaveCount(0);
    await checkA11y(page, 'secret vote: confirmation');
    await expectResidentTargets(screen.locator('.ballot-flow__confirm-buttons'), 'secret vote: confirmation', {
      minimumCount: 2,
    });

    await again.click();
    await expect(screen.getByRole('group', { name: 'Vælg' })).toBeVisible();
    await screen.getByRole('button', { name: 'Ja', exact: true }).click();
    // Even a "Ja" is confirmed with the ballot picture, never a second tick to tap.
    await expect(chosen).toHaveText('Ja');
    await expect(screen.getByRole('button', { name: 'Ja', exact: true })).toHaveCount(0);
    await expect(screen.getByRole('button').locator('img[src*="/yes."]')).toHaveCount(0);
    await mine.click();
    await expect(screen.getByRole('heading', { name: 'Tak, din stemme er talt' })).toBeVisible();
  });

  test('in English: the same confirmation, axe clean, resident-sized, and Back keeps it', async ({ page }) => {
    await secretYesNoVote(page);
    await page.evaluate(() => localStorage.setItem('raadet.language', 'en'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Who votes now?' })).toBeVisible();
    await page.getByRole('list', { name: 'People who can vote' }).getByRole('button', { name: /^Anna/ }).click();
    const screen = page.getByRole('dialog').and(page.locator('.ballot-screen'));
    await screen.getByRole('button', { name: 'No', exact: true }).click();
    await expect(screen.getByRole('list', { name: 'What you chose' })).toHaveText('No');
    await expect(screen.getByRole('button', { name: 'This is my vote' })).toBeVisible();
    await expect(screen.getByRole('button', { name: 'I want to choose again' })).toBeVisible();
    await expect(screen.getByRole('button', { name: /^(Yes|Back|Repeat)$/ })).toHaveCount(0);
    await checkA11y(page, 'secret vote: confirmation (English)');
    await expectResidentTargets(
      screen.locator('.ballot-flow__confirm-buttons'),
      'secret vote: confirmation (English)',
      { minimumCount: 2 },
    );
    await pressBack(page);
    await expect(screen.getByRole('button', { name: 'This is my vote' })).toBeVisible();
    await expectNoStaffControls(page, 'after Back (English)');
  });

  test('Back at the choice, at the confirmation and at the hand-over stays in the ballot and never shows a staff control', async ({
    page,
  }) => {
    const voting = await secretYesNoVote(page);
    const during = page.url();
    const screen = voting.privateScreen;

    await test.step('Back on “Hvem stemmer nu?” stays there', async () => {
      await pressBack(page);
      await expect(page).toHaveURL(during);
      await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Slet mødet' })).toBeHidden();
    });

    await test.step('the voter’s choice: no staff control behind it, and Back keeps the choice on screen', async () => {
      await voting.voter('Anna').click();
      await expect(screen.getByRole('group', { name: 'Vælg' })).toBeVisible();
      await expectNoStaffControls(page, 'on the voter’s choice');
      await pressBack(page);
      await expect(page).toHaveURL(during);
      await expect(screen.getByRole('group', { name: 'Vælg' })).toBeVisible();
      await expectNoStaffControls(page, 'after Back on the voter’s choice');
    });

    await test.step('the confirmation: Back keeps it', async () => {
      await screen.getByRole('button', { name: 'Nej', exact: true }).click();
      await expect(screen.getByRole('button', { name: 'Det er min stemme' })).toBeVisible();
      await pressBack(page);
      await pressBack(page);
      await expect(page).toHaveURL(during);
      await expect(screen.getByRole('button', { name: 'Det er min stemme' })).toBeVisible();
      await expectNoStaffControls(page, 'after Back on the confirmation');
      await screen.getByRole('button', { name: 'Det er min stemme' }).click();
    });

    await test.step('the thank-you and hand-over: Back keeps the hand-over, the staff get their bar back from it', async () => {
      await screen.getByRole('button', { name: 'Videre' }).click();
      await expect(page.getByTestId('ballot-hand-over')).toBeVisible();
      await pressBack(page);
      await expect(page.getByTestId('ballot-hand-over')).toBeVisible();
      await expectNoStaffControls(page, 'after Back on the hand-over');
      await screen.getByRole('button', { name: 'Næste person' }).click();
      await expect(voting.voter('Anna')).toBeDisabled();
      await expect(voting.staffControls.getByRole('button', { name: 'Luk afstemningen' })).toBeVisible();
    });

    await test.step('a meeting screen opened as the first page: Back still stays in the ballot', async () => {
      // A device shows one meeting screen per meeting (issue 11): this tab leaves it first.
      await page.goto(during.replace(/\/during$/, ''));
      const fresh = await page.context().newPage();
      await fresh.goto(during);
      const freshVoting = new VotingPage(fresh);
      await freshVoting.voter('Camilla').click();
      await expect(freshVoting.privateScreen.getByRole('group', { name: 'Vælg' })).toBeVisible();
      await pressBack(fresh);
      await expect(fresh).toHaveURL(during);
      await expect(freshVoting.privateScreen.getByRole('group', { name: 'Vælg' })).toBeVisible();
      await expectNoStaffControls(fresh, 'after Back on a first page');
      await fresh.close();
      await page.goBack();
      await expect(voting.staffControls.getByRole('button', { name: 'Luk afstemningen' })).toBeVisible();
    });

    await test.step('once the vote is closed, Back leads to the meeting page again', async () => {
      await voting.staffControls.getByRole('button', { name: 'Luk afstemningen' }).click();
      // Not everyone has voted: staff are asked first (helper "votes" owns that question).
      const confirmClose = page.getByRole('button', { name: /^Ja, luk afstemningen/ });
      const closed = page.getByRole('heading', { name: /^Afstemningen er slut/ }).first();
      await expect(confirmClose.or(closed)).toBeVisible();
      if (await confirmClose.isVisible()) await confirmClose.click();
      await expect(closed).toBeVisible();
      await page.goBack();
      await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    });
  });

  test('an election: Back at the choice and at the confirmation stays in the ballot', async ({ page }) => {
    const voting = new VotingPage(page);
    await new FirstRunPage(page).open();
    await new FirstRunPage(page).startWithExampleData();
    await page.getByRole('link', { name: 'Valg', exact: true }).click();
    await page.getByRole('spinbutton', { name: 'Pladser i rådet' }).fill('1');
    await page.getByRole('button', { name: 'Opret valget' }).click();
    await expect(page).toHaveURL(/\/elections\/[^/]+$/);
    const election = page.url();
    for (const name of ['Anna', 'Bo']) {
      await page.getByRole('combobox', { name: 'Medlem' }).selectOption({ label: name });
      await page.getByRole('button', { name: /Tilføj kandidat/ }).click();
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Start afstemningen' }).click();
    await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();

    await voting.voter('Camilla').click();
    await expect(voting.privateScreen.getByRole('group', { name: 'Vælg' })).toBeVisible();
    await pressBack(page);
    await expect(page).toHaveURL(election);
    await expect(voting.privateScreen.getByRole('group', { name: 'Vælg' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Tilbage til valg|Valg til/ })).toBeHidden();

    await voting.privateScreen.getByRole('button', { name: 'Bo', exact: true }).click();
    await expect(voting.privateScreen.getByRole('button', { name: 'Det er min stemme' })).toBeVisible();
    await pressBack(page);
    await expect(page).toHaveURL(election);
    await expect(voting.privateScreen.getByRole('button', { name: 'Det er min stemme' })).toBeVisible();
    await voting.privateScreen.getByRole('button', { name: 'Det er min stemme' }).click();
    await expect(voting.privateScreen.getByRole('heading', { name: 'Tak, din stemme er talt' })).toBeVisible();
  });
});

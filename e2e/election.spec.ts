// An election from candidates to updated terms: the council page says when it is due, staff
// make the election and put up candidates, residents vote secretly on the passed-round
// tablet, the ranked result gives seats and substitutes, and applying it sets the terms.
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { rawRows, VotingPage } from './pages/voting';
import { checkA11y } from './support/a11y';
import { expectResidentTargets } from './support/targets';
import { expect, test } from './support/test';

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

test('an election from candidates to updated terms', async ({ page }) => {
  test.setTimeout(120_000);
  const voting = new VotingPage(page);
  await new FirstRunPage(page).open();
  await new FirstRunPage(page).startWithExampleData();
  await new CouncilPage(page).expectCouncil('Brugerrådet');

  await test.step('the council page says no election is recorded and links to elections', async () => {
    await expect(page.getByText('Der er ikke registreret noget valg endnu.')).toBeVisible();
    await page.getByRole('link', { name: 'Valg', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Valg til Brugerrådet' })).toBeVisible();
    await checkA11y(page, 'elections');
  });

  await test.step('staff create an election with 2 seats and 1 substitute', async () => {
    await page.getByRole('spinbutton', { name: 'Pladser i rådet' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Suppleanter' }).fill('1');
    await page.getByRole('button', { name: 'Opret valget' }).click();
    await expect(page).toHaveURL(/\/elections\/[^/]+$/);
  });

  await test.step('candidates: Anna, Bo, Camilla and Dennis, Anna with a statement', async () => {
    for (const name of ['Anna', 'Bo', 'Camilla', 'Dennis']) {
      await page.getByRole('combobox', { name: 'Medlem' }).selectOption({ label: name });
      await page.getByRole('button', { name: /Tilføj kandidat/ }).click();
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    const anna = page.getByRole('form', { name: 'Anna' });
    await anna.getByRole('textbox', { name: /Det vil jeg arbejde for/ }).fill('Flere ture ud af huset');
    await anna.getByRole('button', { name: 'Gem kandidaten' }).click();
    await expect(anna.getByText('Gemt.')).toBeVisible();
    await checkA11y(page, 'election: candidates');
    await page.getByRole('button', { name: 'Start afstemningen' }).click();
    await expect(page.getByRole('heading', { name: 'Hvem stemmer nu?' })).toBeVisible();
    await checkA11y(page, 'election: who votes now');
  });

  await test.step('residents vote secretly on the tablet; Gitte votes for Bo, whom she represents, and Bo not as well', async () => {
    await expect(voting.voter('Gitte for Bo')).toBeVisible();
    await expect(voting.voter('Bo')).toHaveCount(0);
    await voting.voter('Anna').click();
    await expectResidentTargets(
      voting.privateScreen.getByRole('group', { name: 'Vælg' }),
      'election: candidates to vote for',
      { minimumCount: 4 },
    );
    await checkA11y(page, 'election: private ballot');
    await voting.privateScreen.getByRole('button', { name: 'Det er ikke Anna' }).click();
    const votes: [string, string][] = [
      ['Anna', 'Bo'],
      ['Gitte', 'Anna'],
      ['Camilla', 'Anna'],
      ['Dennis', 'Bo'],
      ['Emma', 'Anna'],
      ['Frederik', 'Camilla'],
    ];
    for (const [voter, candidate] of votes) await voting.voteSecretly(voter, candidate, ['Er du sikker?']);
    await expect(page.getByText('6 af 6 har stemt')).toBeVisible();
    const ballots = await rawRows(page, 'secretBallots');
    expect(ballots).toHaveLength(6);
    for (const ballot of ballots) expect(Object.keys(ballot).sort()).toEqual(['choice', 'id', 'voteId']);
  });

  await test.step('close and count: ranked with seats and a substitute', async () => {
    await page.getByRole('button', { name: 'Luk valget og tæl op' }).click();
    await page.getByRole('button', { name: 'Ja, luk valget' }).click();
    const ranking = page.locator('.election-result__ranking > li');
    await expect(ranking).toHaveCount(4);
    await expect(ranking.nth(0)).toContainText('Anna');
    await expect(ranking.nth(0)).toContainText('Valgt');
    await expect(ranking.nth(1)).toContainText('Bo');
    await expect(ranking.nth(1)).toContainText('Valgt');
    await expect(ranking.nth(2)).toContainText('Camilla');
    await expect(ranking.nth(2)).toContainText('Suppleant');
    await expect(ranking.nth(3)).toContainText('Ikke valgt');
    await expect(ranking.nth(0).getByRole('img', { name: '3 stemmer' })).toBeVisible();
    await checkA11y(page, 'election: result');
  });

  await test.step('apply: the elected members get a two-year term and the council its last election', async () => {
    const before = await rawRows(page, 'members');
    const dennisBefore = before.find((m) => m.displayName === 'Dennis')!;
    await page.getByRole('button', { name: /Brug resultatet/ }).click();
    await expect(page.getByText(/Resultatet er brugt/)).toBeVisible();
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    const members = await rawRows(page, 'members');
    const byName = (name: string) => members.find((m) => m.displayName === name)!;
    for (const name of ['Anna', 'Bo'])
      expect(byName(name)).toMatchObject({ termStart: today, termEnd: addYears(today, 2) });
    // The substitute is recorded on her member, first in line, for the same term.
    expect(byName('Camilla')).toMatchObject({ substituteRank: 1, termStart: today, termEnd: addYears(today, 2) });
    for (const name of ['Anna', 'Bo']) expect(byName(name).substituteRank).toBeUndefined();
    // Not elected: his term is left as it was.
    expect(byName('Dennis').termStart).toBe(dennisBefore.termStart);
    expect(byName('Dennis').termEnd).toBe(dennisBefore.termEnd);
    const [council] = await rawRows(page, 'councils');
    expect(council!.lastElection).toBe(today);

    await page.getByRole('link', { name: /Tilbage til valg/ }).click();
    await expect(page.getByText(/Næste valg: senest/)).toBeVisible();
    // "1 suppleant", never "1 suppleanter".
    await expect(page.getByText('2 pladser, 1 suppleant', { exact: true })).toBeVisible();

    // The members list shows who is a substitute.
    await page.goto(page.url().replace(/\/elections$/, '/members'));
    const camilla = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Camilla', exact: true }) });
    await expect(camilla).toContainText('1. suppleant');
    await checkA11y(page, 'members with a substitute');
  });
});

// The screens issue 8 changed, in English too: axe clean, resident targets at least 64×64,
// and no Danish left on them. Each screen is reached in Danish through the page models, then
// the language is switched (stored like the language switch stores it) and the page reloaded:
// Rådet comes back to the same place, so the English screen is the one just checked in Danish.
import type { Locator, Page } from '@playwright/test';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { MeetingHubPage } from './pages/meeting-hub';
import { MeetingModePage } from './pages/meeting-mode';
import { checkA11y } from './support/a11y';
import { expectResidentTargets } from './support/targets';
import { expect, test } from './support/test';

const languageKey = 'raadet.language';

/** Words that only a Danish screen would show (the example data's own names excepted). */
const danishWords =
  /\b(Afstemning|afstemningen|Hvem stemmer|har stemt|Beslutning|Referat|Medarbejder|Tilbage|Gem|Luk)\b/;

async function inEnglish(page: Page, screen: string, check: (page: Page) => Promise<void>): Promise<void> {
  await page.evaluate((key) => localStorage.setItem(key, 'en'), languageKey);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await check(page);
  await checkA11y(page, `${screen} (English)`);
  const staffText = await page.getByRole('main').innerText();
  expect.soft(staffText.match(danishWords)?.[0], `Danish words on "${screen}" in English`).toBeUndefined();
  await page.evaluate((key) => localStorage.setItem(key, 'da'), languageKey);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
}

async function visible(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
}

test('the screens issue 8 changed are accessible in English too', async ({ page }) => {
  test.setTimeout(150_000);
  const council = new CouncilPage(page);
  const councilUrl = await new FirstRunPage(page).openExampleCouncil();

  await test.step('the rules for votes and elections', async () => {
    await page.goto(`${councilUrl}/elections`);
    await visible(page.getByRole('region', { name: 'Rådets regler for afstemninger og valg' }));
    await inEnglish(page, 'elections and rules', async (p) => {
      await visible(p.getByRole('radio').first());
    });
  });

  await test.step('members with portraits', async () => {
    await page.goto(`${councilUrl}/members`);
    await visible(page.getByRole('main').getByText('Anna', { exact: true }).first());
    await inEnglish(page, 'members', async (p) => {
      await visible(p.getByRole('main').getByText('Anna', { exact: true }).first());
      // The example people have drawn portraits, not initials.
      await expect(p.getByRole('main').locator('.member-avatar--photo').first()).toBeVisible();
    });
  });

  await test.step('an open vote on a discussion item, then its result', async () => {
    await page.goto(councilUrl);
    await council.openMeeting('Brugerrådsmøde');
    await new MeetingHubPage(page).startMeeting();
    const meetingMode = new MeetingModePage(page);
    await meetingMode.goToItem('Sommertur til stranden?');
    await meetingMode.openVote();
    await meetingMode.cast('Ja', 'Anna');
    await inEnglish(page, 'meeting mode: open vote', async (p) => {
      const answers = p.getByRole('main').getByRole('group', { name: 'Choose', exact: true });
      await visible(answers);
      await expect(p.getByRole('main').getByRole('heading', { name: /1 of \d+ ha(s|ve) voted/ })).toBeVisible();
      await expectResidentTargets(answers, 'open vote answers (English)', { minimumCount: 3 });
    });
    await meetingMode.closeVote();
    await inEnglish(page, 'meeting mode: vote result', async (p) => {
      await visible(p.getByRole('main').getByRole('heading', { name: 'The vote is over' }));
    });
  });

  await test.step('the minutes, with one button that reads them all', async () => {
    const meetingMode = new MeetingModePage(page);
    await meetingMode.finish();
    await visible(page.getByRole('button', { name: 'Læs hele referatet op' }));
    await inEnglish(page, 'after the meeting: minutes', async (p) => {
      const readAll = p.getByRole('button', { name: 'Read all the minutes aloud' });
      await visible(readAll);
      await expectResidentTargets(readAll.locator('..'), 'read all (English)', { minimumCount: 1 });
    });
  });

  await test.step('a phone at 360 px: the minutes do not scroll sideways in English', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await inEnglish(page, 'minutes on a phone', async (p) => {
      const overflow = await p.evaluate(
        () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
      );
      expect.soft(overflow, 'sideways scroll at 360 px').toBeLessThanOrEqual(0);
    });
  });
});

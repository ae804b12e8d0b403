// Issue 11, seeing clearly: staff switch the tablet to high contrast in Settings (kept on the
// device, before the first paint after a reload), the tablet's own contrast setting is followed
// when nothing was chosen, and forced colours (Windows High Contrast) keep what is chosen marked.
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { SettingsPage } from './pages/settings';
import { checkA11y } from './support/a11y';
import { startExampleMeeting } from './support/example-meeting';
import { expect, test } from './support/test';

test('high contrast is chosen in Settings, stays after a reload, and is clean for axe', async ({ page }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  const councilUrl = page.url();
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-contrast', 'high');

  const settings = new SettingsPage(page);
  await settings.open();
  const contrast = page.getByRole('group', { name: 'Kontrast' });
  await expect(contrast.getByRole('radio', { name: /^Som tabletten/ })).toBeChecked();
  await contrast.getByRole('radio', { name: /^Høj kontrast/ }).check();
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await checkA11y(page, 'settings in high contrast');

  await page.reload();
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await page.goto(councilUrl);
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  await checkA11y(page, 'meeting page in high contrast');

  await settings.open();
  await page
    .getByRole('group', { name: 'Kontrast' })
    .getByRole('radio', { name: /^Almindelig/ })
    .check();
  await expect(html).not.toHaveAttribute('data-contrast', 'high');
});

test('the tablet’s own “more contrast” is followed until staff choose', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await new FirstRunPage(page).open();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
});

test('under forced colours a member marked present keeps a visible mark', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const meetingMode = await startExampleMeeting(page);
  await meetingMode.openAttendance();
  await meetingMode.markPresent('Anna');
  const anna = meetingMode.person('Anna');
  await expect(anna).toHaveCSS('outline-style', 'solid');
  await expect(anna).toHaveCSS('outline-width', '4px');
  await checkA11y(page, 'attendance under forced colours');
});

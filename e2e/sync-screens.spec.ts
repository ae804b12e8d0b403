import { expect, test } from './support/test';
import { checkA11y } from './support/a11y';

// The sync screens of a tablet that has never met a server (the app alone, no API).
test.describe('sync screens', () => {
  test('the setup link fills in its code, leaves the address bar, and the screens meet WCAG 2.2 AA', async ({
    page,
  }) => {
    await page.goto('/setup#code=PPsPrTiu6T4_7IkxE_WERv90Aext-SHS');
    await expect(page.getByLabel('Opsætningskode')).toHaveValue('PPsPrTiu6T4_7IkxE_WERv90Aext-SHS');
    await expect(page).toHaveURL(/\/setup$/);
    await checkA11y(page, 'setup');

    await page.goto('/settings');
    await page.getByRole('link', { name: 'Åbn synkronisering' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Synkronisering' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Forbind' })).toBeVisible();
    await checkA11y(page, 'sync: not connected');

    await page.goto('/connect#code=ABCD-EFGH');
    await expect(page.getByLabel('Kode', { exact: false })).toHaveValue('ABCD-EFGH');
    await expect(page).toHaveURL(/\/connect$/);
    await checkA11y(page, 'connect');
  });
});

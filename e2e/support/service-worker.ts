import { expect, type Page } from '@playwright/test';

/**
 * Waits until the service worker is installed, active and controls this page (it claims clients
 * on first install), i.e. until the app shell and core pictograms are precached.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
    .toBe(true);
}

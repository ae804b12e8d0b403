// The Content-Security-Policy of the built app: a script slipped into the page never runs, and
// the browser reports the attempt.
import { expect, test } from '@playwright/test';

test('an inline script injected into the page does not run, and the violation is reported', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#root')).not.toBeEmpty();
  const violation = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = 1';
    document.body.append(script);
    return reported;
  });
  expect(violation).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
});

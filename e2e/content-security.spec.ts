// The Content-Security-Policy of the built app: a script slipped into the page never runs, and
// the browser reports the attempt.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { FirstRunPage } from './pages/first-run';

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

async function saveBackup(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gem sikkerhedskopi' }).click();
  const { exportedAt, ...backup } = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as Record<
    string,
    unknown
  >;
  void exportedAt;
  return backup;
}

const hostileMedia = [
  ['an SVG with a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
  ['an HTML page', '<html><body><script>alert(1)</script></body></html>', 'text/html'],
] as const;

for (const [name, text, mime] of hostileMedia) {
  test(`a backup carrying ${name} is refused and changes nothing`, async ({ page }) => {
    const firstRun = new FirstRunPage(page);
    await firstRun.open();
    await firstRun.startWithExampleData();
    await page.goto('/settings');
    const before = await saveBackup(page);
    const media = before.media as { hash: string; mime: string; data: string }[];
    const hash = createHash('sha256').update(text).digest('hex');
    const hostile = {
      ...before,
      exportedAt: new Date().toISOString(),
      media: [...media, { hash, mime, data: btoa(text) }],
    };
    await page.getByLabel('Indlæs sikkerhedskopi').setInputFiles({
      name: 'raadet-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    await expect(page.getByRole('alert')).toContainText(`Fil nummer ${media.length + 1} i sikkerhedskopien`);
    await expect(page.getByRole('alert')).toContainText('Intet er ændret.');
    expect(await saveBackup(page)).toEqual(before);
  });
}

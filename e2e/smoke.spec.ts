import { expect, test } from '@playwright/test';

test.describe('smoke', () => {
  test('the app shell loads in Danish with a title', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveTitle(/Rådet/);
    await expect(page.locator('#root')).toBeAttached();
  });

  test('the web app manifest is linked and installable', async ({ page, request }) => {
    await page.goto('/');
    const manifestLink = page.locator('link[rel="manifest"]');
    await expect(manifestLink).toHaveAttribute('href', /manifest\.webmanifest$/);

    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      lang: string;
      start_url: string;
      display: string;
      launch_handler?: { client_mode: string };
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Rådet');
    expect(manifest.lang).toBe('da');
    expect(manifest.display).toBe('standalone');
    // One app window: opening it again focuses the running one and never navigates it.
    expect(manifest.launch_handler).toEqual({ client_mode: 'focus-existing' });
    expect(manifest.icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
    for (const icon of manifest.icons) {
      const iconResponse = await request.get(icon.src);
      expect(iconResponse.ok(), icon.src).toBe(true);
    }
  });

  test('text is set in the shipped Atkinson Hyperlegible font', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces: FontFace[] = [];
      document.fonts.forEach((face) => faces.push(face));
      return faces.filter(
        (face) => face.family.replace(/"/g, '') === 'Atkinson Hyperlegible' && face.status === 'loaded',
      ).length;
    });
    expect(loaded).toBeGreaterThan(0);
  });

  test('the service worker script is served', async ({ request }) => {
    const response = await request.get('/sw.js');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(await response.text()).toContain('index.html');
  });
});

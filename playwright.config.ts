import { defineConfig } from '@playwright/test';

// Playwright cannot download browsers here: we always use Debian's chromium.
// Install it with `apt-get install chromium` (see README and .ci/run).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// E2E_PORT / E2E_DIST let a run use its own port and build folder (e.g. `npx vite build
// --outDir /tmp/e2e-dist`), so it never meets another server on 4173 or a build in progress.
const port = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.E2E_DIST;
const baseURL = `http://localhost:${port}`;

const tablet = {
  hasTouch: true,
  isMobile: false,
  deviceScaleFactor: 1,
  locale: 'da-DK',
  // A tablet at the facility: the meeting form uses the device's clock, screens show Copenhagen's.
  timezoneId: 'Europe/Copenhagen',
  serviceWorkers: 'allow' as const,
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // A step that cannot happen fails in seconds, not at the end of a long journey.
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'tablet-landscape',
      use: { ...tablet, viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'tablet-portrait',
      use: { ...tablet, viewport: { width: 800, height: 1280 } },
    },
  ],
  // `npm test` builds first; this only serves dist/ (same as the last half of `npm start`).
  webServer: {
    command:
      port === 4173 && !distDir
        ? 'npm run preview'
        : `npx vite preview --port ${port} --strictPort${distDir ? ` --outDir ${distDir}` : ''}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

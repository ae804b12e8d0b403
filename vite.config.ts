import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPlugin } from './vite/content-security-plugin';
import { pictogramsPlugin } from './vite/pictograms-plugin.js';
import { cataloguePlugin } from './vite/catalogue-plugin.js';

const themeColor = '#1d5f6b';
const backgroundColor = '#f7f4ee';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPlugin(),
    // Core pictograms: served at /pictograms/* in dev, emitted into dist/pictograms/ on build
    // (and from there precached by the service worker below).
    pictogramsPlugin(),
    // Symbol catalogue (core + OpenMoji, Danish names): /catalogue/index.json and
    // /catalogue/svg/<hex>.svg, served in dev and emitted into dist/catalogue/ on build.
    cataloguePlugin(),
    VitePWA({
      // Never 'autoUpdate': it reloads the page and would end a running meeting. The app shows
      // <UpdatePrompt /> instead, and only when no meeting is running.
      registerType: 'prompt',
      // Registration happens from React via useRegisterSW in src/app/update-prompt.tsx.
      injectRegister: false,
      // public/ (favicon, icons, robots.txt) is already covered by workbox.globPatterns below;
      // adding it here too would list files twice in the precache manifest.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Rådet',
        short_name: 'Rådet',
        description:
          'Mødeappen til brugerråd og beboerråd: dagsorden med billeder, afstemning og referat. Virker også uden internet.',
        lang: 'da',
        dir: 'ltr',
        display: 'standalone',
        orientation: 'any',
        start_url: '/',
        scope: '/',
        theme_color: themeColor,
        background_color: backgroundColor,
        categories: ['productivity', 'social'],
        // Opening Rådet again (its icon, a link) brings the window that is already open to the
        // front instead of a second one, and never navigates it: a meeting running there stays.
        launch_handler: { client_mode: 'focus-existing' },
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Precache the whole app shell, the icons and the core pictograms (dist/pictograms/*).
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2,txt}'], // + manifest.webmanifest (added by the plugin)
        // The catalogue's thousands of SVGs are fetched on demand, never precached (a picked
        // symbol is stored with the data in IndexedDB); catalogue/index.json is precached.
        globIgnores: ['**/node_modules/**', 'sw.js', 'workbox-*.js', 'catalogue/svg/**'],
        // Deep links (e.g. /meetings/123) work offline: every navigation gets the app shell.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/pictograms\//, /^\/icons\//, /\.[a-z0-9]+$/i],
        // Large enough for the main bundle; anything bigger is a mistake we want to notice.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The new worker waits until the user accepts the update (prompt flow). Claiming
        // clients makes the very first visit work offline without a reload; an update only
        // claims after staff accepted it, so a running meeting is never taken over.
        clientsClaim: true,
        skipWaiting: false,
      },
      devOptions: {
        // Keep the dev server free of a service worker; test offline with `npm start`.
        enabled: false,
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.{ts,mjs}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    // Tests run as a tablet at the facility: meeting times are shown on Copenhagen's clock
    // (i18n/format.ts) and the meeting form reads the device's, so the two must agree here.
    env: { TZ: 'Europe/Copenhagen' },
    // Screen tests walk through IndexedDB and several renders; give them room on a busy
    // 2-core machine rather than fail on time.
    testTimeout: 20_000,
  },
});

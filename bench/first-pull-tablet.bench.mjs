#!/usr/bin/env node
// First pull to a fresh tablet: a facility of 10,000 records on the real server (embedded
// database, as `npm start` runs it, serving the built app), and a new tablet in Chromium that
// connects with an enrolment code the way staff do it. Measured from the tap on "Forbind" until
// its status says "Opdateret" (then all 10,000 records must be in its IndexedDB): enrolment, the
// server's pages, the network, and the tablet applying every page through its storage write path.
// Target ≤ 1,500 ms. Median of BENCH_RUNS fresh tablets (default 3).
//
// Beside it, the floor this browser and machine set: the same 10,000 records, fetched first,
// then put straight into IndexedDB in pages of 1,000 with the meetings table's 2 indexes and
// nothing else (no merge, no sync state). The app cannot be faster than that.
//
// Options: --no-build reuses dist/. CHROMIUM_PATH as in the other browser benches.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumOptions, ensureBuild, median, printResult, root } from './support.mjs';
import { openConnectScreen, protocol, seedFacility, startServer } from './sync-support.mjs';

const recordCount = 10_000;
const targetMs = 1500;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const distDir = path.join(root, 'dist');

ensureBuild(distDir);
const dataDir = await mkdtemp(path.join(tmpdir(), 'raadet-bench-tablet-'));
const server = await startServer({ APP_DIR: distDir, DATA_DIR: dataDir });
const browser = await chromium.launch(chromiumOptions());
const timings = [];
const floors = [];
/** Milliseconds to put the facility's records raw into a fresh IndexedDB, pages of 1,000. */
async function indexedDbFloor(token) {
  const context = await browser.newContext({ baseURL: server.base, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/api/health');
  const ms = await page.evaluate(
    async ({ token, protocol }) => {
      const pages = [];
      let cursor = { version: 0, table: '', id: '' };
      for (;;) {
        const response = await fetch('/api/sync/pull', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...protocol },
          body: JSON.stringify({ cursor, limit: 1000 }),
        });
        const body = await response.json();
        pages.push(body.changes.map((change) => change.record));
        cursor = body.cursor;
        if (!body.more) break;
      }
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('floor', 1);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('meetings', { keyPath: 'id' });
          for (const index of ['councilId', 'startsAt']) store.createIndex(index, index);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      for (const records of pages) {
        const transaction = db.transaction('meetings', 'readwrite');
        const store = transaction.objectStore('meetings');
        for (const record of records) store.put(record);
        await new Promise((resolve, reject) => {
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
        });
      }
      return performance.now() - started;
    },
    { token, protocol },
  );
  await context.close();
  return ms;
}

try {
  console.log(`Load average ${loadavg()[0].toFixed(1)}`);
  const adminToken = await seedFacility(server, recordCount);
  console.log(`Seeded ${recordCount} records`);

  for (let run = 0; run < runs; run++) {
    const { context, page } = await openConnectScreen(browser, server, adminToken, `Tablet ${run + 1}`);
    // Both ends are taken in the page, on its clock: Playwright's own polling for a locator
    // backs off to half a second, which would be measured instead of the tablet.
    await page.evaluate(() => {
      window.benchTimes = {};
      document.addEventListener('click', () => (window.benchTimes.tap ??= performance.now()), true);
      const shown = () => document.querySelector('header')?.textContent?.includes('Opdateret');
      new MutationObserver(() => {
        if (window.benchTimes.tap !== undefined && shown()) window.benchTimes.updated ??= performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Forbind' }).click();
    await page.waitForFunction(() => window.benchTimes.updated !== undefined, undefined, { timeout: 120_000 });
    const stored = await page.evaluate(() => window.benchStore.count('meetings'));
    if (stored < recordCount) throw new Error(`"Opdateret" with ${stored} of ${recordCount} records stored`);
    timings.push(await page.evaluate(() => window.benchTimes.updated - window.benchTimes.tap));
    await context.close();
  }
  console.log(
    `First pull of ${recordCount} records into a fresh tablet: ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  for (let run = 0; run < runs; run++) floors.push(await indexedDbFloor(adminToken));
  console.log(`IndexedDB floor (the records put raw): ${floors.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`Target: ≤ ${targetMs} ms`);
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const value = median(timings);
printResult([
  {
    bench: 'first-pull-tablet',
    metric: `first pull, ${recordCount} records into IndexedDB`,
    value,
    unit: 'ms',
    target: targetMs,
    pass: value <= targetMs,
  },
  {
    bench: 'first-pull-tablet',
    metric: `IndexedDB floor, ${recordCount} records put raw`,
    value: median(floors),
    unit: 'ms',
  },
]);

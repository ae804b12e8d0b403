#!/usr/bin/env node
// First pull to a fresh tablet: a facility of 10,000 records on the real server (embedded
// database, as `npm start` runs it, serving the built app), and a new tablet in Chromium that
// connects with an enrolment code the way staff do it. Measured from the tap on "Forbind" until
// all 10,000 records are in the tablet's IndexedDB and its status says "Opdateret": the server's
// pages, the network, and the tablet applying every page through its storage write path.
// Target ≤ 1,500 ms. Median of BENCH_RUNS fresh tablets (default 3).
//
// Options: --no-build reuses dist/. CHROMIUM_PATH as in the other browser benches.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumOptions, ensureBuild, median, printResult, root } from './support.mjs';
import { post, seedFacility, startServer } from './sync-support.mjs';

const recordCount = 10_000;
const targetMs = 1500;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const distDir = path.join(root, 'dist');

ensureBuild(distDir);
const dataDir = await mkdtemp(path.join(tmpdir(), 'raadet-bench-tablet-'));
const server = await startServer({ APP_DIR: distDir, DATA_DIR: dataDir });
const browser = await chromium.launch(chromiumOptions());
const timings = [];
try {
  console.log(`Load average ${loadavg()[0].toFixed(1)}`);
  const adminToken = await seedFacility(server, recordCount);
  console.log(`Seeded ${recordCount} records`);

  for (let run = 0; run < runs; run++) {
    const { code } = await post(server.base, '/api/enrolment-codes', { role: 'shared-tablet' }, adminToken);
    const context = await browser.newContext({ baseURL: server.base, locale: 'da-DK', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/connect');
    await page.getByLabel('Kode', { exact: true }).fill(code);
    await page.getByLabel('Navn på denne enhed (valgfrit)').fill(`Tablet ${run + 1}`);
    const started = performance.now();
    await page.getByRole('button', { name: 'Forbind' }).click();
    await page.waitForFunction(
      async (expected) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('raadet');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          if (!db.objectStoreNames.contains('meetings')) return false;
          const count = await new Promise((resolve) => {
            const request = db.transaction('meetings').objectStore('meetings').count();
            request.onsuccess = () => resolve(request.result);
          });
          return count >= expected;
        } finally {
          db.close();
        }
      },
      recordCount,
      { polling: 50, timeout: 120_000 },
    );
    await page.getByRole('banner').getByText('Opdateret').waitFor({ timeout: 120_000 });
    timings.push(performance.now() - started);
    await context.close();
  }
  console.log(
    `First pull of ${recordCount} records into a fresh tablet: ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
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
]);

#!/usr/bin/env node
// From a change on one device to the change on another tablet: a staff device pushes a new
// title for a meeting over HTTP, and a tablet connected in Chromium (real server, embedded
// database, the built app) must have it stored. Measured from the push being answered until
// the tablet's IndexedDB holds the new title: the server's poke, the tablet's pull and its
// storage. The issue asks that a second device "shows a change within about a second": target
// ≤ 1,000 ms, median of BENCH_CHANGES changes (default 10), a second apart.
//
// Options: --no-build reuses dist/. CHROMIUM_PATH as in the other browser benches.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumOptions, ensureBuild, median, printResult, root } from './support.mjs';
import { meeting, openConnectScreen, post, seedFacility, startServer } from './sync-support.mjs';

const changes = Number(process.env.BENCH_CHANGES ?? 10);
const targetMs = 1000;
const distDir = path.join(root, 'dist');

ensureBuild(distDir);
const dataDir = await mkdtemp(path.join(tmpdir(), 'raadet-bench-poke-'));
const server = await startServer({ APP_DIR: distDir, DATA_DIR: dataDir });
const browser = await chromium.launch(chromiumOptions());
const timings = [];
try {
  console.log(`Load average ${loadavg()[0].toFixed(1)}`);
  // A facility of a realistic size: the tablet's pulls run against a full space.
  const staffToken = await seedFacility(server, 1000);
  const { context, page } = await openConnectScreen(browser, server, staffToken);
  await page.getByRole('button', { name: 'Forbind' }).click();
  await page.getByRole('banner').getByText('Opdateret').waitFor({ timeout: 120_000 });

  const record = meeting('kontoret', 0);
  let mutationId = 1000;
  for (let change = 1; change <= changes; change++) {
    const title = `Ændret ${change}`;
    const stamp = `${String(Date.now()).padStart(13, '0')}:0000:kontoret`;
    const edited = {
      ...record,
      title,
      _stamps: { ...record._stamps, title: stamp },
      _changed: stamp,
    };
    await post(
      server.base,
      '/api/sync/push',
      { mutations: [{ mutationId: ++mutationId, table: 'meetings', record: edited }] },
      staffToken,
    );
    const answered = performance.now();
    await page.waitForFunction(
      async ({ id, title }) => (await window.benchStore.get('meetings', id))?.title === title,
      { id: record.id, title },
      { polling: 20, timeout: 60_000 },
    );
    timings.push(performance.now() - answered);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log(`Change on another device to this tablet: ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`Target: ≤ ${targetMs} ms`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const value = median(timings);
printResult([
  {
    bench: 'poke-to-tablet',
    metric: 'a change pushed elsewhere, stored on this tablet',
    value,
    unit: 'ms',
    target: targetMs,
    pass: value <= targetMs,
  },
]);

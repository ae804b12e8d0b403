#!/usr/bin/env node
// Symbol picker bench.
//  (a) The catalogue adds 0 KB to the first screen: the entry script and modulepreloads in
//      dist/index.html hold no catalogue data (OpenMoji-only Danish labels, OpenMoji ids) and
//      no catalogue loading code. Target: 0 kB.
//  (b) Picker open time in Chromium: from tapping "Vælg piktogram" to the first result tiles
//      painted, and to the tiles for a Danish search ("kager" → Kage) painted, median of 5,
//      cold (page just loaded: search code and catalogue not yet fetched) and warm (reopened).
//
// Options / environment:
//   --no-build      reuse dist/ instead of running `vite build`
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//   BENCH_RUNS      runs per measurement (default 5)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(root, 'dist');
const noBuild = process.argv.includes('--no-build');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const targets = { firstTiles: 200, searchCold: 1000, searchWarm: 200 };

const rows = [];
const kB = (bytes) => bytes / 1000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// (a) No catalogue in the first screen's JS
// ---------------------------------------------------------------------------------------------

if (!noBuild) {
  console.log('Building (npx vite build) …');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('vite build failed');
    process.exit(1);
  }
}
for (const file of ['index.html', 'catalogue/index.json']) {
  if (!existsSync(path.join(distDir, file))) {
    console.error(`dist/${file} is missing: run without --no-build.`);
    process.exit(1);
  }
}

const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
const firstScreenJs = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
  if (/^<script/i.test(tag) && attr(tag, 'type') === 'module' && attr(tag, 'src')) firstScreenJs.add(attr(tag, 'src'));
  if (/^<link/i.test(tag) && attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')) firstScreenJs.add(attr(tag, 'href'));
}

// Markers only the catalogue has: Danish labels of OpenMoji symbols that no core pictogram
// uses, OpenMoji ids, and a string of the catalogue loader itself.
const catalogue = JSON.parse(readFileSync(path.join(distDir, 'catalogue/index.json'), 'utf8'));
const coreLabels = new Set(catalogue.entries.filter((e) => e.source === 'core').map((e) => e.labels.da.toLowerCase()));
const openMoji = catalogue.entries.filter((e) => e.source === 'openmoji');
const labelMarkers = openMoji
  .map((e) => e.labels.da)
  .filter((label) => label.length >= 9 && !coreLabels.has(label.toLowerCase()))
  .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 40)) === 0)
  .slice(0, 40);
const markers = [...labelMarkers, 'fødselsdagskage', 'om-1f382', 'does not match the catalogue schema'];

let catalogueBytes = 0;
console.log(`First-screen JS files: ${firstScreenJs.size}; markers searched: ${markers.length} (e.g. ${labelMarkers.slice(0, 3).join(', ')})`);
for (const url of firstScreenJs) {
  const source = readFileSync(path.join(distDir, url.replace(/^\//, '')));
  const text = source.toString('utf8');
  const found = markers.filter((marker) => text.includes(marker));
  if (found.length > 0) {
    catalogueBytes += gzipSync(source, { level: 9 }).byteLength;
    console.log(`  ${url}: contains ${found.join(', ')}`);
  } else {
    console.log(`  ${url}: no catalogue data`);
  }
}
const indexKb = kB(readFileSync(path.join(distDir, 'catalogue/index.json')).byteLength);
console.log(`Catalogue in the first screen's JS: ${kB(catalogueBytes).toFixed(1)} kB (the index is ${indexKb.toFixed(0)} kB of JSON, fetched when the picker opens)`);
rows.push({ bench: 'picker', metric: 'catalogue in first-screen JS (gzip)', value: kB(catalogueBytes), unit: 'kB', target: 0, pass: catalogueBytes === 0 });

// ---------------------------------------------------------------------------------------------
// (b) Picker open time
// ---------------------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Preview server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * In the page: taps "Vælg piktogram", optionally types a search at once, and resolves with the
 * ms until `selector` is visible inside the open dialog and a frame has been painted after.
 */
function measureOpen({ search, selector }) {
  return new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Vælg piktogram');
    if (!button) return reject(new Error('no "Vælg piktogram" button'));
    const start = performance.now();
    button.click();
    let typed = false;
    const deadline = start + 20_000;
    const check = () => {
      const dialog = document.querySelector('dialog[open]');
      if (search && !typed && dialog) {
        const input = dialog.querySelector('input[type="search"]');
        if (input) {
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(input, search);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          typed = true;
        }
      }
      const tile = dialog?.querySelector(selector);
      if (tile && (tile.checkVisibility ? tile.checkVisibility() : tile.getClientRects().length > 0)) {
        requestAnimationFrame(() => resolve(performance.now() - start));
      } else if (performance.now() > deadline) {
        reject(new Error(`${selector} did not show within 20 s`));
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
}

async function closePicker(page) {
  await page.locator('dialog[open]').getByRole('button', { name: 'Luk', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'pipe'],
});
let serverErrors = '';
server.stderr.on('data', (chunk) => (serverErrors += chunk.toString()));

let browser;
let exitCode = 0;
try {
  await waitForServer(`${base}/`, 30_000);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK', serviceWorkers: 'allow' });
  const page = await context.newPage();

  // Example data gives a council with meetings; open the first meeting's agenda builder.
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Start med eksempeldata' }).click();
  await page.waitForURL(/\/councils\//);
  const meetingId = await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('raadet');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise((resolve) => {
      const request = db.transaction('meetings').objectStore('meetings').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.filter((m) => m._deleted === 0 && m.status !== 'minutes-published')[0]?.id;
  });
  if (!meetingId) throw new Error('no meeting in the example data');
  const agendaUrl = `${base}/meetings/${meetingId}/agenda`;
  const openForm = async () => {
    await page.goto(agendaUrl);
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    await page.getByRole('button', { name: 'Vælg piktogram' }).waitFor();
  };

  const results = { firstCold: [], firstWarm: [], searchCold: [], searchWarm: [] };
  const firstTile = '[data-symbol-id]';
  const cakeTile = '[data-symbol-id="cake"]';
  for (let run = 1; run <= runs; run += 1) {
    // Cold: a freshly loaded page, nothing of the picker fetched yet.
    await openForm();
    results.firstCold.push(await page.evaluate(measureOpen, { selector: firstTile }));
    await closePicker(page);
    results.firstWarm.push(await page.evaluate(measureOpen, { selector: firstTile }));
    await closePicker(page);
    await openForm();
    results.searchCold.push(await page.evaluate(measureOpen, { search: 'kager', selector: cakeTile }));
    await closePicker(page);
    results.searchWarm.push(await page.evaluate(measureOpen, { search: 'kager', selector: cakeTile }));
    await closePicker(page);
    console.log(
      `  run ${run}: first tiles ${Math.round(results.firstCold.at(-1))} ms cold / ${Math.round(results.firstWarm.at(-1))} ms warm;` +
        ` "kager" → Kage ${Math.round(results.searchCold.at(-1))} ms cold / ${Math.round(results.searchWarm.at(-1))} ms warm`,
    );
  }
  const row = (metric, values, target) => {
    const value = median(values);
    rows.push({ bench: 'picker', metric: `${metric}, median of ${runs}`, value, unit: 'ms', target, pass: value <= target });
    console.log(`${metric}: median ${Math.round(value)} ms (target ≤ ${target} ms)`);
  };
  row('tap → first tiles, cold', results.firstCold, targets.firstTiles);
  row('tap → first tiles, warm', results.firstWarm, targets.firstTiles);
  row('tap + "kager" → Kage tile, cold', results.searchCold, targets.searchCold);
  row('tap + "kager" → Kage tile, warm', results.searchWarm, targets.searchWarm);
} catch (error) {
  exitCode = 1;
  console.error('Picker bench failed:', error);
  if (serverErrors) console.error(serverErrors);
} finally {
  await browser?.close();
  server.kill('SIGTERM');
}

if (rows.some((r) => r.pass === false)) exitCode = 1;
console.log(`BENCH_RESULT ${JSON.stringify({ rows })}`);
process.exit(exitCode);

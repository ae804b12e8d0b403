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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumOptions, ensureBuild, median, printResult, root, startPreview } from './support.mjs';

const distDir = path.join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const targets = { firstTiles: 200, searchCold: 1000, searchWarm: 200 };

const rows = [];
const kB = (bytes) => bytes / 1000;

// ---------------------------------------------------------------------------------------------
// (a) No catalogue in the first screen's JS
// ---------------------------------------------------------------------------------------------

ensureBuild(distDir, ['index.html', 'catalogue/index.json']);

const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
const firstScreenJs = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
  if (/^<script/i.test(tag) && attr(tag, 'type') === 'module' && attr(tag, 'src')) firstScreenJs.add(attr(tag, 'src'));
  if (/^<link/i.test(tag) && attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href'))
    firstScreenJs.add(attr(tag, 'href'));
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
console.log(
  `First-screen JS files: ${firstScreenJs.size}; markers searched: ${markers.length} (e.g. ${labelMarkers.slice(0, 3).join(', ')})`,
);
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
console.log(
  `Catalogue in the first screen's JS: ${kB(catalogueBytes).toFixed(1)} kB (the index is ${indexKb.toFixed(0)} kB of JSON, fetched when the picker opens)`,
);
rows.push({
  bench: 'picker',
  metric: 'catalogue in first-screen JS (gzip)',
  value: kB(catalogueBytes),
  unit: 'kB',
  target: 0,
  pass: catalogueBytes === 0,
});

// ---------------------------------------------------------------------------------------------
// (b) Picker open time
// ---------------------------------------------------------------------------------------------

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

let preview;
let browser;
let exitCode = 0;
try {
  preview = await startPreview(distDir);
  const { base } = preview;
  browser = await chromium.launch(chromiumOptions());
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    serviceWorkers: 'allow',
  });
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
    rows.push({
      bench: 'picker',
      metric: `${metric}, median of ${runs}`,
      value,
      unit: 'ms',
      target,
      pass: value <= target,
    });
    console.log(`${metric}: median ${Math.round(value)} ms (target ≤ ${target} ms)`);
  };
  row('tap → first tiles, cold', results.firstCold, targets.firstTiles);
  row('tap → first tiles, warm', results.firstWarm, targets.firstTiles);
  row('tap + "kager" → Kage tile, cold', results.searchCold, targets.searchCold);
  row('tap + "kager" → Kage tile, warm', results.searchWarm, targets.searchWarm);
} catch (error) {
  exitCode = 1;
  console.error('Picker bench failed:', error);
  if (preview?.errors()) console.error(preview.errors());
} finally {
  await browser?.close();
  preview?.stop();
}

if (rows.some((r) => r.pass === false)) exitCode = 1;
printResult(rows);
process.exit(exitCode);

#!/usr/bin/env node
// Voice bench, in Chromium with its fake microphone.
//  (a) Size: staff record a 10-second note for an agenda item through the real recorder; we
//      read the stored row from IndexedDB. Target: ≤ 40 KB.
//  (b) Playback start: on the picture agenda, tapping the item's speaker button starts the
//      recording. Measured inside the page, from the tap's event time to the audio element's
//      'playing' event (performance.now() clock), 10 taps. Target: median ≤ 100 ms.
//
// Options / environment:
//   --no-build        reuse the build instead of running `vite build`
//   BENCH_DIST        build folder to serve (default dist/)
//   CHROMIUM_PATH     browser binary (default /usr/bin/chromium)
//   BENCH_RUNS        number of taps (default 10)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
const noBuild = process.argv.includes('--no-build');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const sizeTargetKb = 40;
const playbackTargetMs = 100;
const noteSeconds = 10;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
const rows = [];

if (!noBuild) {
  console.log('Building (npx vite build) …');
  const build = spawnSync('npx', ['vite', 'build', '--outDir', distDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('vite build failed');
    process.exit(1);
  }
}
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`${distDir}/index.html is missing: run without --no-build.`);
  process.exit(1);
}

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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Runs in the page before the app: a Danish voice (headless Chromium has none, and the
// no-voice notice would cover the screen), and a probe that notes when any audio element
// reports 'playing' and when the last click happened.
function probe() {
  const voices = [{ voiceURI: 'bench-da', name: 'Bench (dansk)', lang: 'da-DK', localService: true, default: true }];
  const synth = {
    speaking: false,
    getVoices: () => voices,
    speak(u) {
      setTimeout(() => u.onstart?.({}), 5);
      setTimeout(() => u.onend?.({}), 50);
    },
    cancel() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
    }
  };
  const bench = { tap: null, playing: [] };
  window.__voiceBench = bench;
  document.addEventListener('click', (event) => (bench.tap = event.timeStamp), true);
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function patchedPlay() {
    this.addEventListener('playing', () => bench.playing.push(performance.now()), { once: true });
    return play.call(this);
  };
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', distDir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
let serverErrors = '';
server.stderr.on('data', (chunk) => (serverErrors += chunk.toString()));

let browser;
let exitCode = 0;
try {
  await waitForServer(`${base}/`, 30_000);
  console.log(`Preview server on ${base}`);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK', permissions: ['microphone'] });
  await context.addInitScript(probe);
  const page = await context.newPage();

  // Example data, then the first item of the example meeting.
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Start med eksempeldata' }).click();
  await page.waitForURL(/\/councils\//);
  await page.getByRole('link', { name: /Brugerrådsmøde/ }).first().click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]+$/);
  const hub = page.url();

  // (a) A 10-second note through the real recorder.
  await page.goto(`${hub}/agenda`);
  await page.getByRole('button', { name: 'Ret: Velkommen' }).click();
  const recorder = page.getByRole('group', { name: 'Indtal punktet' });
  await recorder.getByRole('button', { name: 'Optag' }).click();
  await recorder.getByText(/Optager/).waitFor();
  const started = Date.now();
  await page.waitForTimeout(noteSeconds * 1000 - (Date.now() - started));
  await recorder.getByRole('button', { name: 'Stop optagelsen' }).click();
  await recorder.getByRole('button', { name: 'Brug optagelsen' }).click();
  await recorder.getByText(/Der er en optagelse/).waitFor();
  await page.getByRole('button', { name: 'Gem punktet' }).click();
  await recorder.waitFor({ state: 'detached' });
  const stored = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('raadet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('media').objectStore('media').getAll();
          request.onsuccess = () => resolve(request.result.filter((r) => r.mime.startsWith('audio/')).map((r) => ({ mime: r.mime, size: r.size, trim: r.trim })));
          request.onerror = () => reject(request.error);
        };
      }),
  );
  const note = stored[0];
  if (!note) throw new Error('no recording was stored');
  const kb = note.size / 1024;
  console.log(`\nRecorded ${noteSeconds} s note: ${kb.toFixed(1)} KB stored as ${note.mime} (trim ${JSON.stringify(note.trim ?? null)})`);
  console.log(`  target ≤ ${sizeTargetKb} KB, ratio vs target ${(kb / sizeTargetKb).toFixed(2)}×`);
  rows.push({ bench: 'voice', metric: `${noteSeconds} s recorded note, stored (${note.mime})`, value: kb, unit: 'kB', target: sizeTargetKb, pass: kb <= sizeTargetKb });

  // (b) Tap → 'playing', on the picture agenda.
  await page.goto(`${hub}/before`);
  const button = page.getByRole('article', { name: 'Punkt 1: Velkommen' }).getByRole('button', { name: 'Lyt: Velkommen' });
  await button.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-voice="recording"]') !== null);
  const times = [];
  for (let run = 1; run <= runs; run += 1) {
    await page.evaluate(() => {
      window.__voiceBench.playing = [];
      window.__voiceBench.tap = null;
    });
    await button.click();
    const ms = await page
      .waitForFunction(() => window.__voiceBench.playing.length > 0 && window.__voiceBench.playing[0] - window.__voiceBench.tap, undefined, { timeout: 5000, polling: 10 })
      .then((handle) => handle.jsonValue());
    times.push(ms);
    console.log(`  tap ${run}: ${ms.toFixed(1)} ms from tap to 'playing'`);
    // Tap again to stop, so the next tap starts afresh.
    await button.click();
    await page.waitForTimeout(300);
  }
  const mid = median(times);
  console.log(`Median: ${mid.toFixed(1)} ms (target ≤ ${playbackTargetMs} ms, ratio vs target ${(mid / playbackTargetMs).toFixed(2)}×)`);
  rows.push({ bench: 'voice', metric: `tap → recording playing, median of ${runs}`, value: mid, unit: 'ms', target: playbackTargetMs, pass: mid <= playbackTargetMs });
} catch (error) {
  exitCode = 1;
  console.error(error);
  if (serverErrors) console.error(serverErrors);
} finally {
  await browser?.close();
  server.kill();
}

console.log(`BENCH_RESULT ${JSON.stringify({ rows })}`);
process.exit(exitCode);

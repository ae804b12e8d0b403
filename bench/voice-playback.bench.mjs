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
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumOptions, ensureBuild, median, printResult, root, startPreview } from './support.mjs';

const distDir = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const sizeTargetKb = 40;
const playbackTargetMs = 100;
const noteSeconds = 10;
const fakeMicrophone = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const rows = [];

ensureBuild(distDir);

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

let preview;
let browser;
let exitCode = 0;
try {
  preview = await startPreview(distDir);
  const { base } = preview;
  browser = await chromium.launch(chromiumOptions(fakeMicrophone));
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    permissions: ['microphone'],
  });
  await context.addInitScript(probe);
  const page = await context.newPage();

  // Example data, then the first item of the example meeting.
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Start med eksempeldata' }).click();
  await page.waitForURL(/\/councils\//);
  await page
    .getByRole('link', { name: /Brugerrådsmøde/ })
    .first()
    .click();
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
          request.onsuccess = () =>
            resolve(
              request.result
                .filter((r) => r.mime.startsWith('audio/'))
                .map((r) => ({ mime: r.mime, size: r.size, trim: r.trim })),
            );
          request.onerror = () => reject(request.error);
        };
      }),
  );
  const note = stored[0];
  if (!note) throw new Error('no recording was stored');
  const kb = note.size / 1024;
  console.log(
    `\nRecorded ${noteSeconds} s note: ${kb.toFixed(1)} KB stored as ${note.mime} (trim ${JSON.stringify(note.trim ?? null)})`,
  );
  console.log(`  target ≤ ${sizeTargetKb} KB, ratio vs target ${(kb / sizeTargetKb).toFixed(2)}×`);
  rows.push({
    bench: 'voice',
    metric: `${noteSeconds} s recorded note, stored (${note.mime})`,
    value: kb,
    unit: 'kB',
    target: sizeTargetKb,
    pass: kb <= sizeTargetKb,
  });

  // (b) Tap → 'playing', on the picture agenda.
  await page.goto(`${hub}/before`);
  const button = page
    .getByRole('article', { name: 'Punkt 1: Velkommen' })
    .getByRole('button', { name: 'Lyt: Velkommen' });
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
      .waitForFunction(
        () => window.__voiceBench.playing.length > 0 && window.__voiceBench.playing[0] - window.__voiceBench.tap,
        undefined,
        { timeout: 5000, polling: 10 },
      )
      .then((handle) => handle.jsonValue());
    times.push(ms);
    console.log(`  tap ${run}: ${ms.toFixed(1)} ms from tap to 'playing'`);
    // Tap again to stop, so the next tap starts afresh.
    await button.click();
    await page.waitForTimeout(300);
  }
  const mid = median(times);
  console.log(
    `Median: ${mid.toFixed(1)} ms (target ≤ ${playbackTargetMs} ms, ratio vs target ${(mid / playbackTargetMs).toFixed(2)}×)`,
  );
  rows.push({
    bench: 'voice',
    metric: `tap → recording playing, median of ${runs}`,
    value: mid,
    unit: 'ms',
    target: playbackTargetMs,
    pass: mid <= playbackTargetMs,
  });
} catch (error) {
  exitCode = 1;
  console.error(error);
  if (preview?.errors()) console.error(preview.errors());
} finally {
  await browser?.close();
  preview?.stop();
}

printResult(rows);
process.exit(exitCode);

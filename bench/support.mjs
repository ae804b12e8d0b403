// Shared parts of the browser benches: building, the Vite preview server, the Chromium launch
// options, statistics and the BENCH_RESULT line that bench/run.mjs collects.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Playwright launch options for Debian's Chromium (CHROMIUM_PATH overrides), plus `extraArgs`. */
export function chromiumOptions(extraArgs = []) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  };
}

/**
 * Runs `vite build --outDir distDir` unless --no-build was given, then checks that every file in
 * `required` exists in distDir. Exits the process when the build fails or a file is missing.
 */
export function ensureBuild(distDir, required = ['index.html']) {
  if (!process.argv.includes('--no-build')) {
    console.log(`Building (npx vite build --outDir ${path.relative(root, distDir) || '.'}) …`);
    const build = spawnSync('npx', ['vite', 'build', '--outDir', distDir], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) {
      console.error('vite build failed');
      process.exit(1);
    }
  }
  for (const file of required) {
    if (!existsSync(path.join(distDir, file))) {
      console.error(`${path.join(distDir, file)} is missing: run without --no-build.`);
      process.exit(1);
    }
  }
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

/** Resolves once `url` answers with a 2xx status; throws after `timeoutMs`. */
export async function waitForServer(url, timeoutMs = 30_000) {
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
 * Starts `vite preview` for `distDir` on a free port and waits until it answers.
 * Returns its base URL, `stop()` and `errors()` (what the server wrote to stderr).
 */
export async function startPreview(distDir) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', distDir],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const stop = () => server.kill('SIGTERM');
  try {
    await waitForServer(`${base}/`, 30_000);
  } catch (error) {
    stop();
    if (stderr) console.error(stderr);
    throw error;
  }
  console.log(`Preview server on ${base}`);
  return { base, stop, errors: () => stderr };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value below which a fraction `q` (0–1) of `values` lie (nearest rank). */
export function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Prints the line bench/run.mjs collects: rows of {bench, metric, value, unit, target, pass}. */
export function printResult(rows) {
  console.log(`BENCH_RESULT ${JSON.stringify({ rows })}`);
}

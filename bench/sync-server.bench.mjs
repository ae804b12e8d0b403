#!/usr/bin/env node
// Sync server bench: the real server process (server/src/main.ts under tsx) with a facility of
// 10,000 records, measured over HTTP on the embedded database (PGlite) and, when a PostgreSQL
// is named, on PostgreSQL in a fresh database of its own (dropped afterwards).
//
// - first pull: a fresh device pulls all 10,000 records in pages of 1,000 (server time and the
//   network only: the records are not applied anywhere). Target ≤ 1,500 ms.
// - pull/s: pages of 100 from a random cursor, 10 connections (autocannon), median of 3 runs.
//   Target ≥ 1,000/s on PostgreSQL.
// - push/s: each request 5 new meetings with fresh mutation ids, one loop per device (a device's
//   pushes wait for each other by design), 5 devices.
// - the server's resident memory (VmRSS) at rest after seeding and the highest seen under load.
//
// The facility and its devices are made the way staff make them: the one-time setup code from
// the server log, then enrolment codes and enrolment over HTTP.
//
// Environment:
//   BENCH_DATABASE_URL or TEST_DATABASE_URL   a PostgreSQL server to also measure (admin URL:
//                                             the bench creates and drops a database on it)
//   BENCH_SECONDS                             length of each load run (default 10)
//   BENCH_PROFILE=1                           the server writes CPU profiles to bench/results/profiles
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { median, printResult } from './support.mjs';
import { enrolDevice, meeting, post, protocol, seedFacility, startServer } from './sync-support.mjs';

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const recordCount = 10_000;
const pushDevices = 5;
const firstPullTargetMs = 1500;
const pullTargetPerSecond = 1000;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** Samples the server's RSS every 200 ms until stopped; returns the highest seen. */
function sampleRss(pid) {
  let highest = rssMb(pid);
  const timer = setInterval(() => (highest = Math.max(highest, rssMb(pid))), 200);
  return () => {
    clearInterval(timer);
    return Math.max(highest, rssMb(pid));
  };
}

async function pullEverything(base, token) {
  let cursor = { version: 0, table: '', id: '' };
  let records = 0;
  for (;;) {
    const page = await post(base, '/api/sync/pull', { cursor, limit: 1000 }, token);
    records += page.changes.length;
    cursor = page.cursor;
    if (!page.more) return { records, version: cursor.version };
  }
}

async function measure(name, env) {
  // Figures from a busy machine are lower: say how busy it was.
  console.log(`\n— ${name} — (load average ${loadavg()[0].toFixed(1)})`);
  const server = await startServer(env);
  const rows = [];
  try {
    const adminToken = await seedFacility(server, recordCount);
    console.log(`Seeded ${recordCount} records in ${recordCount / 500} pushes`);

    const readerToken = await enrolDevice(server.base, adminToken, 'Tablet læser');
    const pusherTokens = [];
    for (let i = 0; i < pushDevices; i++) pusherTokens.push(await enrolDevice(server.base, adminToken, `Tablet ${i}`));

    // Long enough for the embedded database's routine maintenance after the seeding burst
    // (server/src/db/pglite-maintenance.ts), as on a server that has been in use.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const restMb = rssMb(server.pid);

    // The first pull of a fresh device, then twice more for a steadier figure.
    const firstPulls = [];
    let maxVersion = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const { records, version } = await pullEverything(server.base, readerToken);
      firstPulls.push(performance.now() - started);
      maxVersion = version;
      if (records !== recordCount) throw new Error(`pulled ${records} records, expected ${recordCount}`);
    }
    console.log(`First pull of ${recordCount} records: ${firstPulls.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    // A loaded 2-core machine gives runs that differ by a third: the figure is the median of 3.
    const stopPullRss = sampleRss(server.pid);
    const pullRuns = [];
    for (let run = 0; run < 3; run++) {
      const pull = await autocannon({
        url: server.base,
        connections: 10,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: '/api/sync/pull',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${readerToken}`, ...protocol },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({
                cursor: { version: Math.floor(Math.random() * maxVersion), table: '', id: '' },
                limit: 100,
              }),
            }),
          },
        ],
      });
      if (pull.non2xx > 0 || pull.errors > 0) {
        throw new Error(`pull load: ${pull.non2xx} non-2xx answers, ${pull.errors} errors`);
      }
      pullRuns.push(pull);
      console.log(
        `Pull run ${run + 1}: ${pull.requests.average.toFixed(0)} requests/s ` +
          `(p50 ${pull.latency.p50} ms, p99 ${pull.latency.p99} ms)`,
      );
    }
    const pullRssMb = stopPullRss();
    const pullPerSecond = median(pullRuns.map((pull) => pull.requests.average));
    console.log(`Pull: ${pullPerSecond.toFixed(0)} requests/s (median of 3 runs of ${seconds} s, 100 records a page)`);

    const stopPushRss = sampleRss(server.pid);
    let pushes = 0;
    const until = performance.now() + seconds * 1000;
    const pushStarted = performance.now();
    await Promise.all(
      pusherTokens.map(async (token, device) => {
        let id = 0;
        while (performance.now() < until) {
          const mutations = Array.from({ length: 5 }, () => ({
            mutationId: ++id,
            table: 'meetings',
            record: meeting(`tablet${device}`, id),
          }));
          const answer = await post(server.base, '/api/sync/push', { mutations }, token);
          if (answer.lastMutationId !== id) throw new Error(`push acknowledged ${answer.lastMutationId}, sent ${id}`);
          pushes += 1;
        }
      }),
    );
    const pushPerSecond = pushes / ((performance.now() - pushStarted) / 1000);
    const pushRssMb = stopPushRss();
    console.log(`Push: ${pushPerSecond.toFixed(0)} requests/s (5 new records each, ${pushDevices} devices)`);
    console.log(
      `Memory (VmRSS): ${restMb.toFixed(0)} MB at rest, ${pullRssMb.toFixed(0)} MB pulling, ${pushRssMb.toFixed(0)} MB pushing`,
    );

    const bench = `sync-server (${name})`;
    const firstPullMs = median(firstPulls);
    rows.push(
      {
        bench,
        metric: `first pull, ${recordCount} records`,
        value: firstPullMs,
        unit: 'ms',
        target: firstPullTargetMs,
        pass: firstPullMs <= firstPullTargetMs,
      },
      {
        bench,
        metric: 'pull requests/s (100 per page)',
        value: pullPerSecond,
        unit: '/s',
        // A lower bound, not a ceiling: pass means at least the target.
        ...(name === 'postgres' ? { pass: pullPerSecond >= pullTargetPerSecond } : {}),
      },
      { bench, metric: 'push requests/s (5 records each)', value: pushPerSecond, unit: '/s' },
      { bench, metric: 'memory at rest', value: restMb, unit: 'MB' },
      { bench, metric: 'memory under load', value: Math.max(pullRssMb, pushRssMb), unit: 'MB' },
    );
    if (name === 'postgres') console.log(`Target: ≥ ${pullTargetPerSecond} pull requests/s on PostgreSQL`);
    console.log(`Target: first pull ≤ ${firstPullTargetMs} ms`);
  } finally {
    const code = await server.stop();
    if (code !== 0) console.error(`The server exited with ${code}`);
  }
  return rows;
}

const appDir = await mkdtemp(path.join(tmpdir(), 'raadet-bench-app-'));
await writeFile(path.join(appDir, 'index.html'), '<!doctype html><title>Rådet</title>');
const dataDir = await mkdtemp(path.join(tmpdir(), 'raadet-bench-data-'));
const rows = [];
let exitCode = 0;
try {
  rows.push(...(await measure('pglite', { APP_DIR: appDir, DATA_DIR: dataDir })));
  if (adminUrl) {
    const database = `raadet_bench_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    try {
      rows.push(...(await measure('postgres', { APP_DIR: appDir, DATABASE_URL: url.toString() })));
    } finally {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${database} with (force)`);
      await cleanup.end();
    }
  } else {
    console.log('\nNo BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL not measured.');
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await rm(appDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
printResult(rows);
process.exit(exitCode);

// Shared parts of the sync benches: the real server process (server/src/main.ts under tsx), its
// one-time setup code read from the log, records shaped as a tablet writes them, and enrolment
// the way staff do it, over HTTP.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { root } from './support.mjs';

export const protocol = { 'raadet-protocol': '1' };
const councilId = randomUUID();
const profileArgs = process.env.BENCH_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench', 'results', 'profiles')}`]
  : [];

let stampCounter = 0;
/** A clock stamp as a tablet writes it (src/domain/hlc.ts). */
function stamp(node) {
  stampCounter = (stampCounter + 1) % 10_000;
  return `${String(Date.now()).padStart(13, '0')}:${String(stampCounter).padStart(4, '0')}:${node}`;
}

export function meeting(node, i) {
  const at = stamp(node);
  const fields = {
    id: randomUUID(),
    councilId,
    title: `Møde ${i}`,
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    location: 'Fælleshuset',
    isOpen: false,
    status: 'planned',
  };
  const stamps = Object.fromEntries([...Object.keys(fields), '_deleted'].map((field) => [field, at]));
  return { ...fields, _stamps: stamps, _deleted: 0, _changed: at };
}

export async function startServer(env) {
  const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const started = await new Promise((resolve, reject) => {
    const read = (chunk) => {
      // Only the start-up lines are kept; request logs under load are read and dropped.
      if (output.length < 100_000) output += chunk;
      const port = /running on port (\d+)/.exec(output);
      const code = /setup#code=([^\s"]+)/.exec(output);
      if (port && code) resolve({ port: Number(port[1]), setupCode: decodeURIComponent(code[1]) });
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${output}`)));
  });
  return {
    base: `http://127.0.0.1:${started.port}`,
    setupCode: started.setupCode,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function post(base, url, body, token) {
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...protocol,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

export async function enrolDevice(base, adminToken, name) {
  const { code } = await post(base, '/api/enrolment-codes', { role: 'shared-tablet' }, adminToken);
  const { token } = await post(base, '/api/enrol', { code, deviceName: name });
  return token;
}

/**
 * Sets up the server's first facility with its one-time code and fills it with `count` meetings
 * in pushes of 500, as one staff device would send them. Returns the administrator's token.
 */
export async function seedFacility(server, count) {
  const { token } = await post(server.base, '/api/setup', {
    code: server.setupCode,
    facilityName: 'Solhjem',
    deviceName: 'Kontoret',
  });
  let mutationId = 0;
  for (let i = 0; i < count; i += 500) {
    const mutations = Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
      mutationId: ++mutationId,
      table: 'meetings',
      record: meeting('kontoret', i + j),
    }));
    await post(server.base, '/api/sync/push', { mutations }, token);
  }
  return token;
}

/**
 * A fresh tablet in `browser` on the server's connect screen, with an enrolment code typed in:
 * the caller taps "Forbind" (and times from there). The page also gets `window.benchStore`, which
 * reads the app's IndexedDB as it is (a count of a table, or one record) without the app's help.
 */
export async function openConnectScreen(browser, server, adminToken, deviceName) {
  const { code } = await post(server.base, '/api/enrolment-codes', { role: 'shared-tablet' }, adminToken);
  const context = await browser.newContext({ baseURL: server.base, locale: 'da-DK', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const read = async (table, work) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('raadet');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains(table)) return undefined;
        return await new Promise((resolve, reject) => {
          const request = work(db.transaction(table).objectStore(table));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    };
    window.benchStore = {
      count: (table) => read(table, (store) => store.count()),
      get: (table, id) => read(table, (store) => store.get(id)),
    };
  });
  const page = await context.newPage();
  await page.goto('/connect');
  await page.getByLabel('Kode', { exact: true }).fill(code);
  if (deviceName) await page.getByLabel('Navn på denne enhed (valgfrit)').fill(deviceName);
  return { context, page };
}

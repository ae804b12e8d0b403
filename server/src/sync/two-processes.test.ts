// @vitest-environment node
// Two server processes on one PostgreSQL, as a municipality runs them behind a load balancer:
// nothing a process needs may live in another process's memory. Runs whenever the server tests
// have a PostgreSQL (always in CI: test-databases.ts refuses to run there without one).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCursor, type Cursor, type Mutation, type PullResponse } from '../../../src/domain/sync-protocol';
import { createDevice, createSpace } from '../auth/devices';
import { openPokeReader } from '../testing/poke-reader';
import { emptyAppDir, startServerProcess, type ServerProcess } from '../testing/server-process';
import { TestDevice } from '../testing/sync-client';
import { testDatabases, type TestDatabase } from '../testing/test-databases';

const postgres = testDatabases.find((d): d is TestDatabase => d.name === 'postgres');
const councilId = '00000000-0000-4000-8000-0000000000c1';

function meeting(id: string, title: string) {
  return {
    id,
    councilId,
    title,
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  };
}

async function push(server: ServerProcess, device: TestDevice, mutations: Mutation[]): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: { ...device.headers(), 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  });
  expect(response.status).toBe(200);
  expect((await response.json()) as unknown).toMatchObject({ refused: [] });
}

async function pull(server: ServerProcess, device: TestDevice, cursor: Cursor, limit: number): Promise<PullResponse> {
  const response = await fetch(`${server.baseUrl}/api/sync/pull`, {
    method: 'POST',
    headers: { ...device.headers(), 'content-type': 'application/json' },
    body: JSON.stringify({ cursor, limit }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as PullResponse;
}

// Within one version PostgreSQL orders table and id by the database's collation, which JS
// string comparison does not follow: only the version is compared here.
function movedOn(next: Cursor, previous: Cursor): boolean {
  return next.version >= previous.version && JSON.stringify(next) !== JSON.stringify(previous);
}

describe.runIf(postgres)('two server processes on one PostgreSQL', () => {
  let dispose: () => Promise<void>;
  let appDir: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let writers: TestDevice[];
  let reader: TestDevice;

  beforeAll(async () => {
    const opened = await postgres!.open();
    dispose = opened.dispose;
    // Devices enrolled straight in the database, before either process starts.
    const spaceId = await createSpace(opened.db, 'Solhjem');
    writers = await Promise.all(
      ['writera', 'writerb', 'writerc', 'writerd'].map(
        async (node) => new TestDevice(null, (await createDevice(opened.db, spaceId, node, 'staff')).token, node),
      ),
    );
    reader = new TestDevice(null, (await createDevice(opened.db, spaceId, 'reader', 'staff')).token, 'reader');
    appDir = await emptyAppDir();
    const env = { DATABASE_URL: opened.url!, APP_DIR: appDir };
    // Started together: both migrate at once, and the advisory lock lets one do it.
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    a?.kill();
    b?.kill();
    await dispose?.();
    if (appDir) await rm(appDir, { recursive: true, force: true });
  });

  it('pokes a device streaming from one process when a push lands on the other', async () => {
    const stream = await openPokeReader(b.baseUrl, reader.token);
    const { data } = await stream.next('version');
    const before = (data as { version: number }).version;
    await push(a, writers[0]!, [writers[0]!.edit('meetings', meeting(randomUUID(), 'Via A'))]);
    const poke = await stream.next('poke');
    expect((poke.data as { version: number }).version).toBeGreaterThan(before);
    await stream.close();
  });

  it('never skips a change while writers push through both processes and a reader pages on one', async () => {
    const rounds = 8;
    const perWriter = 5;
    const expected = new Map<string, string>();
    const seen = new Map<string, PullResponse['changes'][number]['record']>();
    let writing = true;

    const write = async (writer: TestDevice, index: number) => {
      const ids = Array.from({ length: perWriter }, () => randomUUID());
      for (let round = 0; round < rounds; round++) {
        // Every round changes all of this writer's meetings and adds one, through A or B in turn.
        if (round > 0) ids.push(randomUUID());
        const mutations = ids.map((id) => {
          const title = `Writer ${index}, round ${round}`;
          expected.set(id, title);
          return writer.edit('meetings', meeting(id, title));
        });
        await push((index + round) % 2 === 0 ? a : b, writer, mutations);
      }
    };

    const read = async () => {
      let cursor = startCursor;
      // Once the writers are done, one more pass to the end sees everything they committed.
      for (let lastPass = false; ;) {
        const finalPass = lastPass;
        const page = await pull(b, reader, cursor, 3);
        for (const change of page.changes) seen.set(change.record.id, change.record);
        if (page.changes.length > 0) expect(movedOn(page.cursor, cursor)).toBe(true);
        cursor = page.cursor;
        if (page.more) continue;
        if (finalPass) return;
        lastPass = !writing;
      }
    };

    const reading = read();
    await Promise.all(writers.map(write));
    writing = false;
    await reading;

    // The first test's meeting is in this facility too.
    for (const [id, title] of expected) expect(seen.get(id)?.title, id).toBe(title);
    // And the other process hands a fresh device exactly the same data.
    const fresh: PullResponse['changes'] = [];
    for (let cursor = startCursor; ;) {
      const page = await pull(a, reader, cursor, 500);
      fresh.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) break;
    }
    const mine = fresh.filter((change) => expected.has(change.record.id));
    expect(new Map(mine.map((change) => [change.record.id, change.record]))).toEqual(
      new Map([...seen].filter(([id]) => expected.has(id))),
    );
  });

  it('shuts both processes down gracefully (exit 0), ending an open poke stream', async () => {
    const stream = await openPokeReader(b.baseUrl, reader.token);
    await stream.next('version');
    const [codeA, codeB] = await Promise.all([a.stop(), b.stop()]);
    await stream.ended;
    expect([codeA, codeB]).toEqual([0, 0]);
  });
});

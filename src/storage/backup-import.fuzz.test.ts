// Issue 14: a backup file is input from anywhere (a USB stick, an e-mail, someone who wants to
// change a vote). Thousands of generated hostile files go through the real import: random text,
// random JSON, and a real backup with one value swapped for something hostile, deleted or
// given a prototype key. The import must always answer (never throw), and a file it refuses
// must leave every table exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { freshDatabase } from '../testing/render';
import { exportBackupText, importBackupText } from './backup-file';
import type { RaadetDatabase } from './database';
import { putMedia } from './media-store';
import { agendaItems, councils, facilities, meetings, members } from './repositories';

let db: RaadetDatabase;
let backup: unknown;

async function snapshot(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    tables[table.name] = (await table.toArray()).map((row: Record<string, unknown>) =>
      row.bytes instanceof ArrayBuffer ? { ...row, bytes: Array.from(new Uint8Array(row.bytes)) } : row,
    );
  }
  return JSON.stringify(tables);
}

beforeAll(async () => {
  db = freshDatabase();
  const facilityId = newId();
  await facilities.save({ id: facilityId, name: 'Solgården', kind: 'residential' });
  const councilId = newId();
  await councils.save({ id: councilId, facilityId, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 });
  const photo = await putMedia(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]).buffer, 'image/png');
  await members.save({ id: newId(), councilId, displayName: 'Anna', role: 'resident', photo, photoConsent: true });
  const meetingId = newId();
  await meetings.save({
    id: meetingId,
    councilId,
    title: 'Forårsmøde',
    startsAt: '2025-03-04T10:00:00.000Z',
    endsAt: '2025-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  });
  await agendaItems.save({
    id: newId(),
    meetingId,
    kind: 'information',
    title: 'Velkommen',
    plannedMinutes: 5,
    order: 1,
  });
  backup = JSON.parse(await exportBackupText());
});
afterAll(() => db.delete());

/** Every path to a value in `value`, objects and arrays included, up to `depth` steps. */
function pathsOf(value: unknown, depth = 7, at: (string | number)[] = []): (string | number)[][] {
  if (depth === 0 || value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? Array.from({ length: value.length }, (_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], depth - 1, [...at, key]))];
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'zzz',
    '9999999999999:0000:x',
    '99999999999999:0000:fremtid',
    'x'.repeat(100_000),
    'javascript:alert(1)',
    '\u200b\u200b\u200b',
    '<script>alert(1)</script>',
    'data:text/html,<script>alert(1)</script>',
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    null,
    {},
    [],
    // As JSON.parse makes them from a file: own keys, not prototypes.
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  ),
);

type Edit =
  | { path: (string | number)[]; kind: 'set'; value: unknown }
  | { path: (string | number)[]; kind: 'delete' }
  | { path: (string | number)[]; kind: 'prototype-key'; key: string; value: unknown };

function applyEdit(source: unknown, edit: Edit): unknown {
  const copy = structuredClone(source) as Record<string, unknown>;
  if (edit.path.length === 0) return edit.kind === 'set' ? edit.value : copy;
  const parent = edit.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  const last = edit.path.at(-1)!;
  if (parent === null || typeof parent !== 'object') return copy;
  const target = parent as Record<string | number, unknown>;
  if (edit.kind === 'set') target[last] = edit.value;
  else if (edit.kind === 'delete') delete target[last];
  else if (target[last] !== null && typeof target[last] === 'object') {
    Object.defineProperty(target[last], edit.key, { value: edit.value, enumerable: true });
  }
  return copy;
}

const hostileFile = fc.oneof(
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  {
    weight: 6,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.record({ path: fc.constant(null), kind: fc.constant('set' as const), value: hostileValue }),
          fc.record({ path: fc.constant(null), kind: fc.constant('delete' as const) }),
          fc.record({
            path: fc.constant(null),
            kind: fc.constant('prototype-key' as const),
            key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
            value: hostileValue,
          }),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .chain((edits) =>
        fc.tuple(...edits.map(() => fc.nat())).map((picks) => {
          let file = backup;
          edits.forEach((edit, index) => {
            const paths = pathsOf(file);
            const path = paths[picks[index]! % paths.length]!;
            file = applyEdit(file, { ...edit, path } as Edit);
          });
          return JSON.stringify(file);
        }),
      ),
  },
  {
    // A record's own stamps or fields keyed by a name every object already has.
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.nat(),
        fc.constantFrom('_stamps', ''),
        fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'),
        fc.oneof(fc.constant('1741082400000:0001:anden'), hostileValue),
      )
      .map(([pick, inside, key, value]) => {
        const paths = pathsOf(backup).filter((path) => path.at(-1) === '_stamps');
        const path = paths[pick % paths.length]!;
        const file = structuredClone(backup);
        const target = (inside ? path : path.slice(0, -1)).reduce<unknown>(
          (node, step) => (node as Record<string, unknown>)[step],
          file,
        );
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        return JSON.stringify(file);
      }),
  },
);

describe('importing hostile backup files', () => {
  it('always answers, and a refused file changes nothing', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        const before = await snapshot();
        const outcome = await importBackupText(text);
        if (!outcome.ok) {
          refused += 1;
          expect(await snapshot()).toBe(before);
        }
        // Nothing a file says may reach the prototypes every object shares.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
    // The generator really is hostile: most files must be refused, not merged.
    expect(refused).toBeGreaterThan(1000);
  }, 600_000);
});

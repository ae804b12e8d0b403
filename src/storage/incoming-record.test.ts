import { afterEach, describe, expect, it } from 'vitest';
import { formatStamp } from '../domain/hlc';
import { newId } from '../domain/ids';
import { stampChanges } from '../domain/stamp-changes';
import { freshDatabase } from '../testing/render';
import type { RaadetDatabase } from './database';
import { storeIncomingRecords, type StoredRow } from './incoming-record';

const cleanup: RaadetDatabase[] = [];
afterEach(() => Promise.all(cleanup.splice(0).map((db) => db.delete())).then(() => undefined));

const councilId = newId();
function meeting(title: string, wallMs: number, node: string, id = newId()): StoredRow {
  const fields = {
    id,
    councilId,
    title,
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned' as const,
  };
  return stampChanges(undefined, fields, 0, formatStamp({ wallMs, counter: 0, node })) as unknown as StoredRow;
}

async function store(db: RaadetDatabase, incoming: StoredRow[], known?: Set<string>) {
  return db.transaction('rw', [db.meetings, db.conflicts], () =>
    storeIncomingRecords(db, 'meetings', incoming, '2026-03-04T12:00:00.000Z', { known }),
  );
}

describe('storeIncomingRecords', () => {
  // A pull tells which ids the table holds (known-local-ids.ts) so that only those are read.
  it.each([
    { listed: false, label: 'reading every id' },
    { listed: true, label: 'reading only the ids the table holds' },
  ])('merges with the local copies it has and stores the rest as new, $label', async ({ listed }) => {
    const db = freshDatabase();
    cleanup.push(db);
    const local = 5;
    const mine = Array.from({ length: local }, (_, i) => meeting(`Mit møde ${i}`, 2000, 'tableta'));
    await db.meetings.bulkPut(mine as never[]);
    const known = listed ? new Set(mine.map((row) => row.id)) : undefined;
    const newer = meeting('Fra serveren', 3000, 'server', mine[1]!.id);
    const older = meeting('Gammelt', 1000, 'server', mine[2]!.id);
    const fresh = meeting('Nyt møde', 1000, 'server');
    const outcomes = await store(db, [fresh, newer, older], known);

    expect(outcomes.map((o) => o.ok && o.existing?.id)).toEqual([undefined, mine[1]!.id, mine[2]!.id]);
    expect((await db.meetings.get(fresh.id))?.title).toBe('Nyt møde');
    expect((await db.meetings.get(newer.id))?.title).toBe('Fra serveren');
    expect((await db.meetings.get(older.id))?.title).toBe('Mit møde 2');
    expect(await db.meetings.count()).toBe(local + 1);
    if (known) expect(known.has(fresh.id)).toBe(true);
  });
});

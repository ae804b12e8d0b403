import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import { durableTableNames } from '../domain/table-registry';
import { freshDatabase } from '../testing/render';
import { setPresence } from './attendance-store';
import type { RaadetDatabase } from './database';
import { meetings } from './repositories';

const cleanup: RaadetDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

/** The durability each read-write IndexedDB transaction was opened with, by its tables. */
// Dexie binds the database's `transaction` when it opens, so the spy goes in before that.
async function writesOf(db: RaadetDatabase, work: () => Promise<unknown>) {
  const original = IDBDatabase.prototype.transaction;
  const seen: { stores: string[]; durability: string | undefined }[] = [];
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores,
    mode,
    options,
  ) {
    if (mode === 'readwrite')
      seen.push({ stores: typeof stores === 'string' ? [stores] : [...stores], durability: options?.durability });
    return original.call(this, stores, mode, options);
  });
  await db.open();
  await work();
  return seen;
}

describe('strict durability', () => {
  it('covers every table that records what people did in a meeting', () => {
    expect([...durableTableNames].sort()).toEqual(
      ['attendance', 'ballots', 'decisions', 'evaluationAnswers', 'hasVoted', 'secretBallots'].sort(),
    );
  });

  it('commits attendance with strict durability', async () => {
    const db = freshDatabase();
    cleanup.push(db);
    const writes = await writesOf(db, () => setPresence(newId(), newId(), true));
    expect(writes.filter((w) => w.stores.includes('attendance'))).not.toHaveLength(0);
    for (const write of writes.filter((w) => w.stores.includes('attendance'))) expect(write.durability).toBe('strict');
  });

  it('leaves an ordinary edit relaxed (the browser’s default)', async () => {
    const db = freshDatabase();
    cleanup.push(db);
    const writes = await writesOf(db, () =>
      meetings.save({
        id: newId(),
        councilId: newId(),
        title: 'Forårsmøde',
        startsAt: '2026-03-04T10:00:00.000Z',
        endsAt: '2026-03-04T11:00:00.000Z',
        isOpen: false,
        status: 'planned',
      }),
    );
    expect(writes.some((w) => w.stores.includes('meetings'))).toBe(true);
    for (const write of writes) expect(write.durability).not.toBe('strict');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/render';
import { nextStamp } from './clock';
import type { RaadetDatabase } from './database';
import { queueChange, queueUnstamped } from './outbox';

const cleanup: RaadetDatabase[] = [];
afterEach(() => Promise.all(cleanup.splice(0).map((db) => db.delete())).then(() => undefined));

function open(): RaadetDatabase {
  const db = freshDatabase();
  cleanup.push(db);
  return db;
}

describe('outbox', () => {
  it('queues a change under the stamp its write used', async () => {
    const db = open();
    await db.transaction('rw', [db.meta, db.outbox], async () => {
      const stamp = await nextStamp(db);
      await queueChange(db, 'meetings', 'm1', stamp, undefined);
      expect(await db.outbox.get(stamp)).toEqual({ seq: stamp, table: 'meetings', id: 'm1' });
    });
  });

  it('keeps what the change was made on: the stamps the record had before', async () => {
    const db = open();
    const before = { id: 'a', title: 'b' };
    await db.transaction('rw', [db.meta, db.outbox], async () => {
      const stamp = await nextStamp(db);
      await queueChange(db, 'meetings', 'm1', stamp, before);
      expect(await db.outbox.get(stamp)).toEqual({ seq: stamp, table: 'meetings', id: 'm1', base: before });
    });
  });

  it('keeps two unstamped changes of one record apart, in the order they were queued', async () => {
    const db = open();
    await db.transaction('rw', [db.meta, db.outbox], async () => {
      await queueUnstamped(db, 'attendance', 'a1', undefined);
      await queueUnstamped(db, 'attendance', 'a1', undefined);
    });
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.id)).toEqual(['a1', 'a1']);
    expect(rows[0]!.seq < rows[1]!.seq).toBe(true);
    // The next local edit still stamps after anything queued.
    const next = await db.transaction('rw', db.meta, () => nextStamp(db));
    expect(next > rows[1]!.seq).toBe(true);
  });
});

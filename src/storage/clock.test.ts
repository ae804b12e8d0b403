import { beforeEach, describe, expect, it } from 'vitest';
import { formatStamp, parseStamp } from '../domain/hlc';
import { freshDatabase } from '../testing/render';
import { nextStamp, observeStamp } from './clock';
import type { RaadetDatabase } from './database';

let db: RaadetDatabase;
beforeEach(() => {
  db = freshDatabase();
  return () => db.delete();
});

const t0 = Date.UTC(2025, 2, 4, 10, 0, 0);

describe('device clock', () => {
  it('keeps one node id for the device', async () => {
    const a = parseStamp(await nextStamp(db, t0))!;
    const b = parseStamp(await nextStamp(db, t0 + 5))!;
    expect(a.node).toMatch(/^[0-9a-f]{8}$/);
    expect(b.node).toBe(a.node);
  });

  it('never goes back, even when the wall clock does', async () => {
    const first = await nextStamp(db, t0);
    const second = await nextStamp(db, t0 - 60_000);
    expect(second > first).toBe(true);
  });

  it('stamps later than a stamp seen from a clock that runs ahead', async () => {
    await nextStamp(db, t0);
    const remote = formatStamp({ wallMs: t0 + 3_600_000, counter: 3, node: 'fastclock' });
    await observeStamp(db, remote, t0 + 10);
    expect((await nextStamp(db, t0 + 20)) > remote).toBe(true);
  });

  it.each([
    { name: 'an older stamp', stamp: formatStamp({ wallMs: t0 - 1, counter: 0, node: 'other' }) },
    { name: 'a malformed stamp', stamp: 'not-a-stamp' },
  ])('ignores $name', async ({ stamp }) => {
    await nextStamp(db, t0);
    const before = await db.meta.get('hlc');
    await observeStamp(db, stamp, t0);
    expect(await db.meta.get('hlc')).toEqual(before);
  });
});

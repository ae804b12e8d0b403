import { beforeEach, describe, expect, it } from 'vitest';
import { formatStamp, parseStamp } from '../domain/hlc';
import { freshDatabase } from '../testing/render';
import { clockWallMs, nextStamp, observeStamp } from './clock';
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

  it('stamps later than a stamp seen from a clock that runs a little ahead', async () => {
    await nextStamp(db, t0);
    const remote = formatStamp({ wallMs: t0 + 4 * 60_000, counter: 3, node: 'fastclock' });
    expect(await observeStamp(db, remote, t0 + 10)).toEqual({ ok: true });
    expect((await nextStamp(db, t0 + 20)) > remote).toBe(true);
  });

  it.each([
    { name: 'an hour', aheadMs: 3_600_000 },
    { name: 'a year', aheadMs: 365 * 86_400_000 },
  ])('refuses a stamp from a clock $name ahead and stays where it is', async ({ aheadMs }) => {
    await nextStamp(db, t0);
    const before = await db.meta.get('hlc');
    const remote = formatStamp({ wallMs: t0 + aheadMs, counter: 0, node: 'fastclock' });
    expect(await observeStamp(db, remote, t0 + 10)).toEqual({ ok: false, reason: 'too-far-ahead' });
    expect(await db.meta.get('hlc')).toEqual(before);
    expect((await nextStamp(db, t0 + 20)) < remote).toBe(true);
  });

  it('tells how far the clock has come, for the wrong-clock warning', async () => {
    expect(await clockWallMs(db)).toBeUndefined();
    await nextStamp(db, t0);
    expect(await clockWallMs(db)).toBe(t0);
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

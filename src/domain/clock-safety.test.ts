import { describe, expect, it } from 'vitest';
import { checkStamp, checkStamps, clockLooksWrong, maxClockAheadMs } from './clock-safety';
import { formatStamp } from './hlc';

const now = Date.UTC(2026, 4, 1, 10, 0, 0);
const stampAt = (wallMs: number, counter = 0) => formatStamp({ wallMs, counter, node: 'other' });
const minute = 60_000;

describe('checkStamp', () => {
  it.each([
    { name: 'a stamp from the past', wallMs: now - 86_400_000 },
    { name: 'a stamp from right now', wallMs: now },
    { name: 'a stamp 4 minutes ahead', wallMs: now + 4 * minute },
    { name: 'a stamp exactly at the allowance', wallMs: now + maxClockAheadMs },
  ])('accepts $name', ({ wallMs }) => {
    expect(checkStamp(stampAt(wallMs, 9999), now)).toEqual({ ok: true, wallMs });
  });

  it.each([
    { name: 'one millisecond past the allowance', wallMs: now + maxClockAheadMs + 1 },
    { name: 'an hour ahead', wallMs: now + 60 * minute },
    { name: 'a year ahead', wallMs: now + 365 * 86_400_000 },
  ])('refuses a stamp $name', ({ wallMs }) => {
    expect(checkStamp(stampAt(wallMs), now)).toEqual({
      ok: false,
      reason: 'too-far-ahead',
      wallMs,
      aheadMs: wallMs - now,
    });
  });

  it.each([
    { name: 'empty', stamp: '' },
    { name: 'text', stamp: 'not-a-stamp' },
    { name: 'letters that sort after every digit', stamp: 'zzzzzzzzzzzzz:0000:node' },
    { name: 'a short wall time', stamp: '123:0000:node' },
  ])('calls a stamp that is $name malformed', ({ stamp }) => {
    expect(checkStamp(stamp, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('allows 5 minutes', () => {
    expect(maxClockAheadMs).toBe(5 * minute);
  });
});

describe('checkStamps', () => {
  it.each([
    { name: 'no stamps', stamps: [], expected: { ok: true } },
    { name: 'only good stamps', stamps: [stampAt(now - minute), stampAt(now + minute)], expected: { ok: true } },
    {
      name: 'one stamp a day ahead among good ones',
      stamps: [stampAt(now), stampAt(now + 86_400_000), stampAt(now - minute)],
      expected: { ok: false, reason: 'too-far-ahead', furthestMs: now + 86_400_000 },
    },
    {
      name: 'several stamps ahead',
      stamps: [stampAt(now + 60 * minute), stampAt(now + 365 * 86_400_000), stampAt(now + 10 * minute)],
      expected: { ok: false, reason: 'too-far-ahead', furthestMs: now + 365 * 86_400_000 },
    },
    {
      name: 'a malformed stamp after one far ahead',
      stamps: [stampAt(now + 60 * minute), 'junk'],
      expected: { ok: false, reason: 'malformed', stamp: 'junk' },
    },
  ])('with $name', ({ stamps, expected }) => {
    expect(checkStamps(stamps, now)).toEqual(expected);
  });
});

describe('clockLooksWrong', () => {
  it.each([
    { name: 'nothing has been stamped yet', newest: undefined, wrong: false },
    { name: 'the newest stamp is in the past', newest: now - 86_400_000, wrong: false },
    {
      name: 'the newest stamp is a little ahead (taken from a slightly fast tablet)',
      newest: now + 4 * minute,
      wrong: false,
    },
    { name: 'the newest stamp is an hour ahead', newest: now + 60 * minute, wrong: true },
    { name: 'the date was reset to long ago', newest: now, nowMs: Date.UTC(2000, 0, 1), wrong: true },
  ])('is $wrong when $name', ({ newest, nowMs, wrong }) => {
    expect(clockLooksWrong(newest, nowMs ?? now)).toBe(wrong);
  });
});

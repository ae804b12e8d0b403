import { describe, expect, it } from 'vitest';
import { compareStamps, formatStamp, parseStamp, receive, tick, type HlcState } from './hlc';

const at = (wallMs: number, counter = 0, node = 'node-a'): HlcState => ({ wallMs, counter, node });
const t0 = Date.UTC(2025, 2, 4, 10, 0, 0);

function isAfter(a: HlcState, b: HlcState) {
  return compareStamps(formatStamp(a), formatStamp(b)) > 0;
}

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    expect(tick(at(t0, 5), t0 + 10)).toEqual(at(t0 + 10, 0));
  });

  it.each([
    { name: 'stands still', now: t0 },
    { name: 'goes back a second', now: t0 - 1000 },
    { name: 'goes back a day', now: t0 - 86_400_000 },
  ])('still moves forward when the wall clock $name', ({ now }) => {
    const previous = at(t0, 3);
    const next = tick(previous, now);
    expect(next).toEqual(at(t0, 4));
    expect(isAfter(next, previous)).toBe(true);
  });

  it('stays monotonic over many ticks with a jumping clock', () => {
    let state = at(0, 0);
    const walls = [t0, t0 - 5, t0 + 3, t0 + 3, t0 - 100_000, t0 + 4, t0 + 4, t0 + 1_000, t0 + 2];
    for (const wall of walls) {
      const next = tick(state, wall);
      expect(isAfter(next, state)).toBe(true);
      state = next;
    }
  });

  it('rolls into the next millisecond when the counter is full', () => {
    const next = tick(at(t0, 9999), t0);
    expect(next).toEqual(at(t0 + 1, 0));
    expect(isAfter(next, at(t0, 9999))).toBe(true);
  });

  describe('receive', () => {
    it.each([
      {
        name: 'the remote clock is ahead',
        local: at(t0, 2),
        remote: at(t0 + 50, 7, 'node-b'),
        now: t0 + 10,
        expected: at(t0 + 50, 8),
      },
      {
        name: 'the local clock is ahead',
        local: at(t0 + 50, 2),
        remote: at(t0, 7, 'node-b'),
        now: t0 + 10,
        expected: at(t0 + 50, 3),
      },
      {
        name: 'both are at the same time',
        local: at(t0, 2),
        remote: at(t0, 7, 'node-b'),
        now: t0 - 10,
        expected: at(t0, 8),
      },
      {
        name: 'the wall clock is ahead of both',
        local: at(t0, 2),
        remote: at(t0 + 5, 7, 'node-b'),
        now: t0 + 100,
        expected: at(t0 + 100, 0),
      },
      {
        name: 'the counter would overflow',
        local: at(t0, 9999),
        remote: at(t0, 9999, 'node-b'),
        now: t0,
        expected: at(t0 + 1, 0),
      },
    ])('moves past both clocks when $name', ({ local, remote, now, expected }) => {
      const next = receive(local, remote, now);
      expect(next).toEqual(expected);
      expect(isAfter(next, local)).toBe(true);
      expect(compareStamps(formatStamp({ ...next, node: 'node-b' }), formatStamp(remote))).toBeGreaterThan(0);
    });

    it('keeps the local node id', () => {
      expect(receive(at(t0), at(t0 + 1, 0, 'other'), t0).node).toBe('node-a');
    });
  });

  describe('stamps as text', () => {
    it.each([at(0, 0), at(t0, 17, 'ab12cd34'), at(9_999_999_999_999, 9999, 'x-y-z')])(
      'survives format and parse: %o',
      (state) => {
        expect(parseStamp(formatStamp(state))).toEqual(state);
      },
    );

    it.each(['', 'hello', '123:0001:node', '1741082400000:1:node', '1741082400000:0001:', '1741082400000:0001:no de'])(
      'refuses to parse %j',
      (text) => {
        expect(parseStamp(text)).toBeNull();
      },
    );

    it('orders stamps as text the way the clock orders them', () => {
      const states = [
        at(t0, 0, 'b'),
        at(t0, 0, 'a'),
        at(t0, 10, 'a'),
        at(t0, 9, 'z'),
        at(t0 + 1, 0, 'a'),
        at(999, 9999, 'z'),
        at(1_000, 0, 'a'),
      ];
      const byClock = [...states].sort(
        (x, y) => x.wallMs - y.wallMs || x.counter - y.counter || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0),
      );
      const byText = [...states].map(formatStamp).sort(compareStamps);
      expect(byText).toEqual(byClock.map(formatStamp));
    });

    it('compares stamps', () => {
      expect(compareStamps('a', 'b')).toBe(-1);
      expect(compareStamps('b', 'a')).toBe(1);
      expect(compareStamps('a', 'a')).toBe(0);
    });
  });
});

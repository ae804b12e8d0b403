import { describe, expect, it } from 'vitest';
import { nextDelay } from './backoff';
import { pokeParser } from './poke-stream';

describe('pokeParser', () => {
  it('counts poke events however the stream is cut, and ignores comments and other events', () => {
    let pokes = 0;
    const parse = pokeParser(() => (pokes += 1));
    parse(': keep-alive\n\nevent: po');
    parse('ke\ndata: {"version":3}\n\nevent: other\ndata: {}\n\n');
    parse('event: poke\r\ndata: {"version":4}\r\n\r\n');
    expect(pokes).toBe(2);
  });
});

describe('nextDelay', () => {
  it.each([
    { failures: 1, random: 0, delay: 1000 },
    { failures: 1, random: 0.5, delay: 2000 },
    { failures: 3, random: 0.5, delay: 8000 },
    { failures: 30, random: 0.999, delay: 300_000 },
  ])('waits $delay ms after $failures failures (jitter $random)', ({ failures, random, delay }) => {
    expect(nextDelay(failures, () => random)).toBe(delay);
  });
});

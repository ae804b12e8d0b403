import { describe, expect, it } from 'vitest';
import {
  discPath,
  minutesLeft,
  parseTimerState,
  pauseTimer,
  remainingFraction,
  startTimer,
  stoppedTimer,
  timerLook,
  timerPhase,
} from './timer-math';

const minute = 60_000;

describe('item timer', () => {
  it('counts only the time it ran, across pauses', () => {
    let state = startTimer(stoppedTimer, 0);
    state = pauseTimer(state, 2 * minute);
    // Paused for a long time: nothing is used.
    expect(remainingFraction(state, 10, 60 * minute)).toBeCloseTo(0.8);
    state = startTimer(state, 60 * minute);
    expect(remainingFraction(state, 10, 63 * minute)).toBeCloseTo(0.5);
  });

  it.each([
    { at: 0, phase: 'plenty', left: 10 },
    { at: 7.4 * minute, phase: 'plenty', left: 3 },
    { at: 8 * minute, phase: 'little', left: 2 },
    { at: 9.99 * minute, phase: 'little', left: 1 },
    { at: 10 * minute, phase: 'over', left: 0 },
    { at: 25 * minute, phase: 'over', left: 0 },
  ])('after $at ms of a 10-minute item: $phase, about $left minutes left', ({ at, phase, left }) => {
    const state = startTimer(stoppedTimer, 0);
    expect(timerPhase(state, 10, at)).toBe(phase);
    expect(minutesLeft(state, 10, at)).toBe(left);
  });

  it('is "not started" until staff start it', () => {
    expect(timerPhase(stoppedTimer, 10, 5 * minute)).toBe('not-started');
    expect(remainingFraction(stoppedTimer, 10, 5 * minute)).toBe(1);
  });

  it.each([
    { name: 'never started', state: stoppedTimer, at: 5 * minute, look: 'not-started' },
    { name: 'running', state: startTimer(stoppedTimer, 0), at: 2 * minute, look: 'running' },
    { name: 'running with little time left', state: startTimer(stoppedTimer, 0), at: 9 * minute, look: 'running' },
    {
      name: 'paused part way',
      state: pauseTimer(startTimer(stoppedTimer, 0), 3 * minute),
      at: 30 * minute,
      look: 'paused',
    },
    { name: 'running past the planned time', state: startTimer(stoppedTimer, 0), at: 12 * minute, look: 'over' },
    {
      name: 'paused after the time was up',
      state: pauseTimer(startTimer(stoppedTimer, 0), 11 * minute),
      at: 30 * minute,
      look: 'over',
    },
  ] as const)('a 10-minute item $name looks "$look"', ({ state, at, look }) => {
    expect(timerLook(state, 10, at)).toBe(look);
  });

  it('starting twice or pausing twice changes nothing', () => {
    const running = startTimer(stoppedTimer, 1000);
    expect(startTimer(running, 5000)).toBe(running);
    const paused = pauseTimer(running, 3000);
    expect(pauseTimer(paused, 9000)).toBe(paused);
  });

  it('reads back only a well-formed stored state', () => {
    expect(parseTimerState({ usedMs: 5, runningSince: null })).toEqual({ usedMs: 5, runningSince: null });
    expect(parseTimerState({ usedMs: -1, runningSince: null })).toBeUndefined();
    expect(parseTimerState('x')).toBeUndefined();
  });

  it('draws a full disc, a half disc and nothing', () => {
    expect(discPath(1, 50)).toContain('a 50 50');
    expect(discPath(0.5, 50, 50, 50)).toBe('M 50 50 L 50 0 A 50 50 0 0 0 50.000 100.000 Z');
    expect(discPath(0, 50)).toBe('');
  });
});

// The item timer: how much of an item's planned time is left, as a fraction for the shrinking
// disc and in rounded minutes for screen readers. Pure; the clock is passed in.

export interface TimerState {
  /** Milliseconds already used before the current run. */
  usedMs: number;
  /** When the current run started (epoch ms), or null when paused / not started. */
  runningSince: number | null;
}

export const stoppedTimer: TimerState = { usedMs: 0, runningSince: null };

export function parseTimerState(raw: unknown): TimerState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { usedMs, runningSince } = raw as Record<string, unknown>;
  if (typeof usedMs !== 'number' || !Number.isFinite(usedMs) || usedMs < 0) return undefined;
  if (runningSince !== null && (typeof runningSince !== 'number' || !Number.isFinite(runningSince))) return undefined;
  return { usedMs, runningSince };
}

export function usedMs(state: TimerState, now: number): number {
  return state.usedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { usedMs: state.usedMs, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? state : { usedMs: usedMs(state, now), runningSince: null };
}

/** 1 when the item starts, 0 when its planned time is used up (never below 0). */
export function remainingFraction(state: TimerState, plannedMinutes: number, now: number): number {
  const planned = plannedMinutes * 60_000;
  if (planned <= 0) return 0;
  return Math.min(1, Math.max(0, 1 - usedMs(state, now) / planned));
}

export type TimerPhase = 'not-started' | 'plenty' | 'little' | 'over';

export function timerPhase(state: TimerState, plannedMinutes: number, now: number): TimerPhase {
  const fraction = remainingFraction(state, plannedMinutes, now);
  if (state.runningSince === null && state.usedMs === 0) return 'not-started';
  if (fraction <= 0) return 'over';
  return fraction <= 0.25 ? 'little' : 'plenty';
}

/**
 * What the disc shows, each with its own shape so no state depends on colour alone: not started
 * (an empty grey outline with a play triangle), running (the coloured disc shrinking), paused
 * (the disc with pause bars over it), over (an empty red ring with a bell).
 */
export type TimerLook = 'not-started' | 'running' | 'paused' | 'over';

export function timerLook(state: TimerState, plannedMinutes: number, now: number): TimerLook {
  const phase = timerPhase(state, plannedMinutes, now);
  if (phase === 'not-started' || phase === 'over') return phase;
  return state.runningSince === null ? 'paused' : 'running';
}

/** "About N minutes left" for screen readers: whole minutes, rounded up, at least 1 while time remains. */
export function minutesLeft(state: TimerState, plannedMinutes: number, now: number): number {
  const leftMs = plannedMinutes * 60_000 - usedMs(state, now);
  return leftMs <= 0 ? 0 : Math.max(1, Math.ceil(leftMs / 60_000));
}

/** The SVG path of the remaining part of a disc, as a pie slice going clockwise from 12. */
export function discPath(fraction: number, radius: number, cx = radius, cy = radius): string {
  if (fraction >= 0.9999)
    return `M ${cx - radius} ${cy} a ${radius} ${radius} 0 1 0 ${radius * 2} 0 a ${radius} ${radius} 0 1 0 ${-radius * 2} 0`;
  if (fraction <= 0) return '';
  // The slice that is left shrinks anticlockwise from 12 o'clock, like a time timer.
  const angle = fraction * 2 * Math.PI;
  const x = cx - radius * Math.sin(angle);
  const y = cy - radius * Math.cos(angle);
  const large = fraction > 0.5 ? 1 : 0;
  return `M ${cx} ${cy} L ${cx} ${cy - radius} A ${radius} ${radius} 0 ${large} 0 ${x.toFixed(3)} ${y.toFixed(3)} Z`;
}

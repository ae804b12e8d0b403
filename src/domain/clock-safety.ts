// How far another device's clock may run ahead of ours before we stop trusting its stamps.
// A stamp from the future wins every per-field merge until real time catches up with it, and
// receiving it moves this device's clock forward for good, so one tablet with a wrong date
// would spread its error to every device it ever syncs with. Actual's sync server refuses
// clocks more than 5 minutes ahead for the same reason; we use the same allowance.
import { parseStamp } from './hlc';

/** Clocks on different tablets drift a little; this much ahead is still fine. */
export const maxClockAheadMs = 5 * 60_000;

export type StampCheck =
  | { ok: true; wallMs: number }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'too-far-ahead'; wallMs: number; aheadMs: number };

/** Whether a stamp written elsewhere may be accepted on a device whose wall clock reads `nowMs`. */
export function checkStamp(stamp: string, nowMs: number): StampCheck {
  const state = parseStamp(stamp);
  if (!state) return { ok: false, reason: 'malformed' };
  const aheadMs = state.wallMs - nowMs;
  if (aheadMs > maxClockAheadMs) return { ok: false, reason: 'too-far-ahead', wallMs: state.wallMs, aheadMs };
  return { ok: true, wallMs: state.wallMs };
}

export type StampsCheck =
  | { ok: true }
  | { ok: false; reason: 'malformed'; stamp: string }
  | { ok: false; reason: 'too-far-ahead'; furthestMs: number };

/**
 * Checks a whole batch (a backup, a sync pull) at once, so a batch is taken or refused as a
 * unit. A malformed stamp is reported first: it cannot be ordered at all. Otherwise the
 * furthest-ahead stamp is reported, so staff can see which date the other clock had.
 */
export function checkStamps(stamps: Iterable<string>, nowMs: number): StampsCheck {
  let furthestMs: number | undefined;
  for (const stamp of stamps) {
    const check = checkStamp(stamp, nowMs);
    if (!check.ok && check.reason === 'malformed') return { ok: false, reason: 'malformed', stamp };
    if (!check.ok && (furthestMs === undefined || check.wallMs > furthestMs)) furthestMs = check.wallMs;
  }
  return furthestMs === undefined ? { ok: true } : { ok: false, reason: 'too-far-ahead', furthestMs };
}

/**
 * The device clock looks wrong when it reads earlier than the newest stamp this device's clock
 * has reached: either the date was reset (a flat battery, a manual change), or it ran ahead
 * earlier and wrote stamps from the future. The clock may legitimately have moved up to the
 * allowance ahead of the wall clock by accepting a stamp from a slightly fast tablet, so only
 * a gap larger than that counts.
 */
export function clockLooksWrong(newestWallMs: number | undefined, nowMs: number): boolean {
  return newestWallMs !== undefined && newestWallMs - nowMs > maxClockAheadMs;
}

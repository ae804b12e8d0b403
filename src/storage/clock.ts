// The device's hybrid logical clock, persisted in the meta table so stamps never go backwards
// across reloads. Must be called inside the caller's Dexie transaction (it only awaits Dexie).
import { checkStamp } from '../domain/clock-safety';
import { compareStamps, formatStamp, parseStamp, receive, tick, type HlcState } from '../domain/hlc';
import type { RaadetDatabase } from './database';

const clockKey = 'hlc';

async function currentState(db: RaadetDatabase): Promise<HlcState> {
  const row = await db.meta.get(clockKey);
  return (
    (row?.value as HlcState | undefined) ?? {
      wallMs: 0,
      counter: 0,
      node: crypto.randomUUID().slice(0, 8),
    }
  );
}

export async function nextStamp(db: RaadetDatabase, nowMs = Date.now()): Promise<string> {
  const previous = await currentState(db);
  const next = tick(previous, nowMs);
  await db.meta.put({ key: clockKey, value: next });
  return formatStamp(next);
}

/**
 * Moves the clock past a stamp written elsewhere (a restored backup, another device), so the
 * next local edit is stamped later than it and wins the per-field merge. Like nextStamp, call
 * it inside the caller's transaction, with the meta table in its scope.
 *
 * A stamp more than the allowance ahead of this device's wall clock is refused and the clock
 * stays where it is: accepting it would move this device into the future for good. Callers
 * check whole batches first (see domain/clock-safety.ts); this is the last line of defence.
 */
export async function observeStamp(
  db: RaadetDatabase,
  stamp: string,
  nowMs = Date.now(),
): Promise<{ ok: true } | { ok: false; reason: 'malformed' | 'too-far-ahead' }> {
  const check = checkStamp(stamp, nowMs);
  if (!check.ok) return { ok: false, reason: check.reason };
  const remote = parseStamp(stamp)!;
  const local = await currentState(db);
  if (compareStamps(formatStamp(local), stamp) > 0) return { ok: true };
  await db.meta.put({ key: clockKey, value: receive(local, remote, nowMs) });
  return { ok: true };
}

/** The wall time this device's clock has reached (undefined before its first stamp). */
export async function clockWallMs(db: RaadetDatabase): Promise<number | undefined> {
  const row = await db.meta.get(clockKey);
  return (row?.value as HlcState | undefined)?.wallMs;
}

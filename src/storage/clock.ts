// The device's hybrid logical clock, persisted in the meta table so stamps never go backwards
// across reloads. Must be called inside the caller's Dexie transaction (it only awaits Dexie).
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
 */
export async function observeStamp(db: RaadetDatabase, stamp: string, nowMs = Date.now()): Promise<void> {
  const remote = parseStamp(stamp);
  if (!remote) return;
  const local = await currentState(db);
  if (compareStamps(formatStamp(local), stamp) > 0) return;
  await db.meta.put({ key: clockKey, value: receive(local, remote, nowMs) });
}

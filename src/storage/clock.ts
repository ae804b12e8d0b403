// The device's hybrid logical clock, persisted in the meta table so stamps never go backwards
// across reloads. Must be called inside the caller's Dexie transaction (it only awaits Dexie).
import { formatStamp, tick, type HlcState } from '../domain/hlc';
import type { RaadetDatabase } from './database';

const clockKey = 'hlc';

export async function nextStamp(db: RaadetDatabase, nowMs = Date.now()): Promise<string> {
  const row = await db.meta.get(clockKey);
  const previous = (row?.value as HlcState | undefined) ?? {
    wallMs: 0,
    counter: 0,
    node: crypto.randomUUID().slice(0, 8),
  };
  const next = tick(previous, nowMs);
  await db.meta.put({ key: clockKey, value: next });
  return formatStamp(next);
}

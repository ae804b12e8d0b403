// A live read of how far this device's clock has come, for the wrong-clock warning.
import { useLiveQuery } from 'dexie-react-hooks';
import { clockWallMs } from './clock';
import { database } from './database';

/** `undefined` while loading; `null` before the first stamp. */
export function useClockWallMs(): number | null | undefined {
  return useLiveQuery(async () => (await clockWallMs(database())) ?? null, []);
}

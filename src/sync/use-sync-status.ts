// The app's one sync engine, and the hook every screen reads its status with.
import { useSyncExternalStore } from 'react';
import { database } from '../storage/database';
import { SyncEngine } from './sync-engine';
import type { SyncStatus } from './sync-status';

let engine: SyncEngine | undefined;

/**
 * The engine for this tab's database; `start()` it once the app has loaded. After enrolment
 * (`saveConnection` in storage/sync-state.ts) `stop()` and `start()` it again, so the poke stream
 * opens with the new token.
 */
export function appSyncEngine(): SyncEngine {
  engine ??= new SyncEngine({ db: database() });
  return engine;
}

export function useSyncStatus(): SyncStatus {
  const { status } = appSyncEngine();
  return useSyncExternalStore(status.subscribe, status.getSnapshot);
}

// The sync status every screen can read at a glance: a small store shaped for React's
// useSyncExternalStore (subscribe + getSnapshot, a new object only when something changed).
import type { PullProgress } from './sync-once';

export type SyncState =
  /** No server connection set up on this device: it works alone. */
  | { kind: 'not-enrolled' }
  | { kind: 'synced' }
  | { kind: 'sending'; count: number }
  | { kind: 'receiving' }
  | { kind: 'offline' }
  /** Retried with backoff: the server failed or refused the request (not for one record: that is held back). */
  | { kind: 'problem'; problem: 'server' | 'refused' | 'clock-behind' }
  /** Staff revoked this device: the token is forgotten, the data stays. Sync has stopped. */
  | { kind: 'revoked' }
  /** The server speaks another protocol version. Sync has stopped until the app updates. */
  | { kind: 'update-app' }
  /** This device's clock is more than 5 minutes ahead of the server's. */
  | { kind: 'clock-ahead' };

export interface SyncStatus {
  state: SyncState;
  /** Changes waiting in the outbox. */
  pending: number;
  /** Changes the server refused, held back on this device until staff try again or discard them. */
  heldBack: number;
  /** ISO time of the last sync that pushed and pulled everything. */
  lastSuccessAt?: string;
  /** While a pull runs: pages and records so far (for a progress bar on a first pull). */
  pull?: PullProgress;
}

export class SyncStatusStore {
  private snapshot: SyncStatus = { state: { kind: 'not-enrolled' }, pending: 0, heldBack: 0 };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SyncStatus => this.snapshot;

  update(change: Partial<SyncStatus>): void {
    const next = { ...this.snapshot, ...change };
    if (JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

// Decides when this device syncs and keeps the status up to date. One tab syncs at a time
// (Web Locks; where they are missing, as in tests, it simply runs). Syncs on start, on
// `online`, when the app becomes visible, on a poke from the server, on an interval, and soon
// after a local write; retries with backoff; stops for good when the server says the device is
// revoked or the app must be updated, and until asked again when this device's clock is ahead.
import type { RaadetDatabase } from '../storage/database';
import { watchHeldCount } from '../storage/held-changes';
import { outboxCount, watchOutboxCount } from '../storage/outbox-watch';
import { forgetToken, readConnection, readLastSuccessAt } from '../storage/sync-state';
import { nextDelay } from './backoff';
import { openPokeStream } from './poke-stream';
import { SyncFailure, SyncHttp } from './sync-http';
import { syncOnce } from './sync-once';
import { SyncStatusStore } from './sync-status';

export interface SyncEngineOptions {
  db: RaadetDatabase;
  fetch?: typeof fetch;
  intervalMs?: number;
  /** How long after a local write the sync starts (writes come in bursts). */
  debounceMs?: number;
  pullLimit?: number;
  /** Listen for pokes from the server (off in tests that drive syncs themselves). */
  pokes?: boolean;
  random?: () => number;
  now?: () => number;
}

const lockName = 'raadet-sync';

export class SyncEngine {
  readonly status = new SyncStatusStore();
  private stopped = true;
  /** Set when the server said stop: revoked, update the app. */
  private halted = false;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];
  private stopPokes: (() => void) | undefined;

  constructor(private readonly options: SyncEngineOptions) {}

  /** Starts syncing in the background; resolves after the first sync. */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    const { db } = this.options;
    let lastPending: number | undefined;
    this.cleanups.push(
      watchOutboxCount(db, (pending) => {
        this.status.update({ pending });
        // A new change queued: send it soon (unless backing off after a failure).
        if (lastPending !== undefined && pending > lastPending && this.failures === 0) {
          this.schedule(this.options.debounceMs ?? 2000);
        }
        lastPending = pending;
      }),
    );
    this.cleanups.push(watchHeldCount(db, (heldBack) => this.status.update({ heldBack })));
    if (typeof window !== 'undefined') {
      const wake = () => this.requestSync();
      const visible = () => {
        if (document.visibilityState === 'visible') this.requestSync();
      };
      const offline = () => {
        if (!this.halted) this.status.update({ state: { kind: 'offline' } });
      };
      window.addEventListener('online', wake);
      window.addEventListener('offline', offline);
      document.addEventListener('visibilitychange', visible);
      this.cleanups.push(() => {
        window.removeEventListener('online', wake);
        window.removeEventListener('offline', offline);
        document.removeEventListener('visibilitychange', visible);
      });
    }
    const connection = await readConnection(db);
    if (connection?.token && this.options.pokes !== false) {
      const http = new SyncHttp({
        serverUrl: connection.serverUrl,
        token: connection.token,
        fetch: this.options.fetch,
      });
      this.stopPokes = openPokeStream(http, () => this.requestSync(), this.options.random);
    }
    await this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.stopPokes?.();
    this.stopPokes = undefined;
  }

  /** A poke, a tap on "sync now", the app coming back online: sync as soon as possible. */
  requestSync(): void {
    if (this.halted) return;
    void this.syncNow();
  }

  /** Runs one sync (or joins the one running, and runs again after it). */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.withLock(() => this.cycle())
      .then(async () => this.status.update({ pending: await outboxCount(this.options.db) }))
      // The cycle reports its own failures; this is the lock or the database itself failing.
      .catch(() => this.status.update({ state: { kind: 'problem', problem: 'server' } }))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.halted) {
          this.again = false;
          void this.syncNow();
        }
      });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.halted) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.syncNow(), delayMs);
  }

  private async withLock(run: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return run();
    // Another tab is syncing: it writes the same database, this tab sees the result.
    await locks.request(lockName, { ifAvailable: true }, async (lock) => {
      if (lock) await run();
    });
  }

  private async cycle(): Promise<void> {
    const { db } = this.options;
    const connection = await readConnection(db);
    const lastSuccessAt = await readLastSuccessAt(db);
    if (!connection) return this.status.update({ state: { kind: 'not-enrolled' }, lastSuccessAt });
    if (!connection.token) {
      this.halted = true;
      return this.status.update({ state: { kind: 'revoked' }, lastSuccessAt });
    }
    // Enrolled again after a revocation: syncing may resume.
    if (this.status.getSnapshot().state.kind === 'revoked') this.halted = false;
    const http = new SyncHttp({ serverUrl: connection.serverUrl, token: connection.token, fetch: this.options.fetch });
    try {
      await syncOnce(db, http, {
        pullLimit: this.options.pullLimit,
        nowMs: this.options.now,
        onSending: (count) => this.status.update({ state: { kind: 'sending', count } }),
        onPullProgress: (pull) => this.status.update({ state: { kind: 'receiving' }, pull }),
      });
      this.failures = 0;
      this.status.update({ state: { kind: 'synced' }, lastSuccessAt: await readLastSuccessAt(db), pull: undefined });
      this.schedule(this.options.intervalMs ?? 60_000);
    } catch (error) {
      await this.failed(error);
    }
  }

  private async failed(error: unknown): Promise<void> {
    const kind = error instanceof SyncFailure ? error.kind : 'server';
    this.status.update({ pull: undefined });
    if (kind === 'revoked' || kind === 'update-app') {
      // Nothing will change until staff enrol the device again or the app updates.
      this.stopPokes?.();
      this.stopPokes = undefined;
    }
    if (kind === 'revoked') {
      this.halted = true;
      await forgetToken(this.options.db);
      return this.status.update({ state: { kind: 'revoked' } });
    }
    if (kind === 'update-app') {
      this.halted = true;
      return this.status.update({ state: { kind: 'update-app' } });
    }
    // Retrying changes nothing until the clock is set right; the next request tries again.
    if (kind === 'clock-ahead') return this.status.update({ state: { kind: 'clock-ahead' } });
    this.status.update({ state: kind === 'offline' ? { kind: 'offline' } : { kind: 'problem', problem: kind } });
    this.failures += 1;
    this.schedule(nextDelay(this.failures, this.options.random));
  }
}

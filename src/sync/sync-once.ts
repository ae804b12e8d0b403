// One sync: push the whole outbox, pull every page after the cursor, fetch the media the new
// records name. Network calls happen between Dexie transactions, never inside one.
import type { Cursor, Mutation } from '../domain/sync-protocol';
import type { RaadetDatabase } from '../storage/database';
import { holdBack } from '../storage/held-changes';
import { KnownLocalIds } from '../storage/known-local-ids';
import { applyPulledPage, preparePulledPage, type PreparedPage } from '../storage/sync-pull-page';
import { finishPushBatch, takePushBatch } from '../storage/sync-push-batch';
import { readCursor, writeLastSuccessAt } from '../storage/sync-state';
import { downloadMissingMedia, namedMedia, uploadMissingMedia } from './media-transfer';
import { SyncFailure, type SyncHttp } from './sync-http';

export interface PullProgress {
  pages: number;
  records: number;
  /** More pages wait on the server. */
  more: boolean;
}

export interface SyncOnceOptions {
  pushBatchSize?: number;
  pullLimit?: number;
  onSending?: (mutations: number) => void;
  onPullProgress?: (progress: PullProgress) => void;
  nowMs?: () => number;
}

/** A page is retried after pushing this often before it is applied regardless (a busy tablet). */
const pushFirstTries = 3;

/** Refusals of what was sent (a record, a picture, the size), not of the device or its clock. */
const contentRefusals = new Set([400, 413, 415, 422]);

function refusedContent(error: unknown): error is SyncFailure {
  return error instanceof SyncFailure && error.kind === 'refused' && contentRefusals.has(error.details?.status ?? 0);
}

/**
 * Sends mutations, in order. When the server refuses them for what one of them holds, that one
 * is held back and the others still go: before it first, then after it, so mutation ids reach
 * the server in increasing order. The server names the refused mutation when it can; otherwise
 * the mutations are halved until the server refuses a single one.
 */
async function sendMutations(
  db: RaadetDatabase,
  http: SyncHttp,
  mutations: Mutation[],
  options: SyncOnceOptions,
): Promise<void> {
  try {
    await uploadMissingMedia(db, http, namedMedia(mutations));
    // A record the server refused to merge stays as it is here, and is in the server's log.
    await http.push(mutations);
  } catch (error) {
    if (!refusedContent(error)) throw error;
    const refusal = { code: error.code, message: error.details?.message };
    const named = mutations.findIndex((m) => m.mutationId === error.details?.mutationId);
    if (mutations.length === 1 || named >= 0) {
      const at = Math.max(named, 0);
      if (at > 0) await sendMutations(db, http, mutations.slice(0, at), options);
      await holdBack(db, mutations[at]!, refusal, options.nowMs?.());
      if (at < mutations.length - 1) await sendMutations(db, http, mutations.slice(at + 1), options);
      return;
    }
    const half = Math.ceil(mutations.length / 2);
    await sendMutations(db, http, mutations.slice(0, half), options);
    await sendMutations(db, http, mutations.slice(half), options);
  }
}

export async function pushOutbox(db: RaadetDatabase, http: SyncHttp, options: SyncOnceOptions = {}): Promise<void> {
  for (;;) {
    const batch = await takePushBatch(db, options.pushBatchSize ?? 200);
    if (!batch) return;
    if (batch.mutations.length > 0) {
      options.onSending?.(batch.mutations.length);
      await sendMutations(db, http, batch.mutations, options);
    }
    await finishPushBatch(db);
  }
}

// The server's largest page: a first pull of a whole facility is a few round trips and
// transactions instead of many (bench/first-pull-tablet.bench.mjs).
const largestPullPage = 1000;

export async function pullAll(
  db: RaadetDatabase,
  http: SyncHttp,
  options: SyncOnceOptions = {},
): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, records: 0, more: true };
  const media = new Set<string>();
  const limit = options.pullLimit ?? largestPullPage;
  const known = new KnownLocalIds();
  let tries = 0;
  const fetchPage = (cursor: Cursor) =>
    http
      .pull(cursor, limit)
      .then((page) => ({ more: page.more, prepared: preparePulledPage(page, options.nowMs?.()) }));
  // The next page is asked for, and prepared, while this one is stored: the network, the
  // server's work and the checks hide behind IndexedDB's. Thrown away when this page cannot be
  // applied yet.
  let next: Promise<{ more: boolean; prepared: PreparedPage }> | undefined;
  while (progress.more) {
    const { more, prepared } = await (next ?? fetchPage(await readCursor(db)));
    const { page } = prepared;
    next = more ? fetchPage(page.cursor) : undefined;
    // Until it is awaited, a failure of the next page must not count as unhandled.
    next?.catch(() => undefined);
    const outcome = await applyPulledPage(db, prepared, {
      nowMs: options.nowMs?.(),
      evenWithUnsentChanges: tries >= pushFirstTries,
      known,
    });
    if (!outcome.ok && outcome.reason === 'unsent-changes') {
      next = undefined;
      tries += 1;
      await pushOutbox(db, http, options);
      known.forget();
      continue;
    }
    // The server holds stamps far ahead of this device: this device's clock is wrong.
    if (!outcome.ok) throw new SyncFailure('clock-behind');
    tries = 0;
    for (const hash of namedMedia(page.changes)) media.add(hash);
    progress.pages += 1;
    progress.records += page.changes.length;
    progress.more = more;
    options.onPullProgress?.({ ...progress });
  }
  await downloadMissingMedia(db, http, [...media]);
  return progress;
}

export async function syncOnce(db: RaadetDatabase, http: SyncHttp, options: SyncOnceOptions = {}): Promise<void> {
  await pushOutbox(db, http, options);
  await pullAll(db, http, options);
  await writeLastSuccessAt(db, new Date(options.nowMs?.() ?? Date.now()).toISOString());
}

// Applies one page of a pull in one transaction, with the cursor that points past it: a page
// is taken whole or not at all, so an interrupted first pull resumes where it stopped.
import { checkStamps } from '../domain/clock-safety';
import { mergeIncoming, type IncomingMerge } from '../domain/sync-merge';
import type { Cursor, PullResponse } from '../domain/sync-protocol';
import { observeStamp } from './clock';
import type { RaadetDatabase } from './database';
import type { SyncedTableName } from '../domain/table-registry';
import { sameStamps, storeIncomingRecords, type StoredRow } from './incoming-record';
import { KnownLocalIds } from './known-local-ids';
import { queueUnstamped } from './outbox';
import { learnLastMutationId, writeCursor } from './sync-state';

export type PageOutcome =
  | { ok: true; records: number; conflicts: number }
  /**
   * A record of the page has local changes not sent yet. Merging now could let a pulled value
   * replace one the server never saw, and the server's log of overwritten values would miss it:
   * push first, then apply the page.
   */
  | { ok: false; reason: 'unsent-changes' }
  | { ok: false; reason: 'future-stamps' };

export type PulledPage = Pick<PullResponse, 'changes' | 'cursor' | 'lastMutationId'>;

/**
 * What can be worked out about a page without the database: whether its stamps may be trusted,
 * its records by table, the newest stamp, and each record merged as if it were new here (a
 * schema check). A pull prepares the next page while the previous one is being written
 * (sync-once.ts), so on a first pull this work fills time the tablet would spend waiting for
 * IndexedDB instead of adding to it.
 */
export interface PreparedPage {
  page: PulledPage;
  trusted: boolean;
  newest: string;
  byTable: Map<SyncedTableName, { rows: StoredRow[]; asNew: IncomingMerge[] }>;
}

/** `nowMs`: this device's wall clock, which the page's stamps may not be far ahead of. */
export function preparePulledPage(page: PulledPage, nowMs = Date.now()): PreparedPage {
  const stamps = checkStamps(
    (function* () {
      for (const change of page.changes) yield* Object.values(change.record._stamps);
    })(),
    nowMs,
  );
  let newest = '';
  const byTable: PreparedPage['byTable'] = new Map();
  if (stamps.ok) {
    for (const { table, record } of page.changes) {
      const row = record as StoredRow;
      for (const stamp of Object.values(row._stamps)) if (stamp > newest) newest = stamp;
      let group = byTable.get(table);
      if (!group) byTable.set(table, (group = { rows: [], asNew: [] }));
      group.rows.push(row);
      group.asNew.push(mergeIncoming(table, undefined, row));
    }
  }
  return { page, trusted: stamps.ok, newest, byTable };
}

export async function applyPulledPage(
  db: RaadetDatabase,
  { page, trusted, newest, byTable }: PreparedPage,
  {
    nowMs = Date.now(),
    evenWithUnsentChanges = false,
    known = new KnownLocalIds(),
  }: { nowMs?: number; evenWithUnsentChanges?: boolean; known?: KnownLocalIds } = {},
): Promise<PageOutcome> {
  if (!trusted) return { ok: false, reason: 'future-stamps' };
  const at = new Date(nowMs).toISOString();
  const tables = [...byTable.keys()].map((name) => db.table(name));
  return db.transaction('rw', [...tables, db.meta, db.outbox, db.conflicts], async () => {
    const outbox = await db.outbox.toArray();
    if (!evenWithUnsentChanges) {
      const unsent = new Set(outbox.map((row) => `${row.table}/${row.id}`));
      if (page.changes.some((c) => unsent.has(`${c.table}/${c.record.id}`))) {
        return { ok: false as const, reason: 'unsent-changes' as const };
      }
    }
    let records = 0;
    let conflicts = 0;
    for (const [table, { rows, asNew }] of byTable) {
      const here = await known.of(db, table);
      for (const row of outbox) if (row.table === table) here.add(row.id);
      const outcomes = await storeIncomingRecords(db, table, rows, at, { known: here, asNew });
      for (const [index, outcome] of outcomes.entries()) {
        const row = rows[index]!;
        if (!outcome.ok) {
          conflicts += 1;
          continue;
        }
        records += 1;
        // Only what the server lacks goes back: the local copy had fields newer than the server's,
        // and the server's copy is what that change is now based on.
        if (!sameStamps(outcome.merged, row)) await queueUnstamped(db, table, row.id, row._stamps);
      }
    }
    // The next local edit must stamp after everything seen, or it would lose to older values.
    if (newest) await observeStamp(db, newest, nowMs);
    await writeCursor(db, page.cursor as Cursor);
    await learnLastMutationId(db, page.lastMutationId);
    return { ok: true as const, records, conflicts };
  });
}

// Applies one page of a pull in one transaction, with the cursor that points past it: a page
// is taken whole or not at all, so an interrupted first pull resumes where it stopped.
import { checkStamps } from '../domain/clock-safety';
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

export async function applyPulledPage(
  db: RaadetDatabase,
  page: Pick<PullResponse, 'changes' | 'cursor' | 'lastMutationId'>,
  {
    nowMs = Date.now(),
    evenWithUnsentChanges = false,
    known = new KnownLocalIds(),
  }: { nowMs?: number; evenWithUnsentChanges?: boolean; known?: KnownLocalIds } = {},
): Promise<PageOutcome> {
  const stamps = checkStamps(
    (function* () {
      for (const change of page.changes) yield* Object.values(change.record._stamps);
    })(),
    nowMs,
  );
  if (!stamps.ok) return { ok: false, reason: 'future-stamps' };
  const at = new Date(nowMs).toISOString();
  const tables = [...new Set(page.changes.map((c) => c.table))].map((name) => db.table(name));
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
    let newest = '';
    const byTable = new Map<SyncedTableName, StoredRow[]>();
    for (const { table, record } of page.changes) {
      const incoming = record as StoredRow;
      for (const stamp of Object.values(incoming._stamps)) if (stamp > newest) newest = stamp;
      const rows = byTable.get(table) ?? [];
      if (rows.length === 0) byTable.set(table, rows);
      rows.push(incoming);
    }
    for (const [table, incoming] of byTable) {
      const here = await known.of(db, table);
      for (const row of outbox) if (row.table === table) here.add(row.id);
      const outcomes = await storeIncomingRecords(db, table, incoming, at, here);
      for (const [index, outcome] of outcomes.entries()) {
        const row = incoming[index]!;
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

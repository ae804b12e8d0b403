// Schema version 8: until then a pulled record's base (the stamps of the copy last received from
// the server) was a meta row of its own, `sync-base/<table>/<id>`. Now each outbox row carries
// the base of its change. Unsent changes take their record's old base, so the server can still
// tell them from concurrent edits; every old base row is then removed.
import type { Transaction } from 'dexie';
import type { MetaRow, OutboxRow } from './database';

const oldPrefix = 'sync-base/';

export async function moveBasesToOutbox(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const outbox = tx.table<OutboxRow, string>('outbox');
  const oldRows = await meta.where('key').startsWith(oldPrefix).toArray();
  if (oldRows.length === 0) return;
  const bases = new Map(oldRows.map((row) => [row.key.slice(oldPrefix.length), row.value as Record<string, string>]));
  await outbox.toCollection().modify((row) => {
    const base = bases.get(`${row.table}/${row.id}`);
    if (base && !row.base) row.base = base;
  });
  await meta.bulkDelete(oldRows.map((row) => row.key));
}

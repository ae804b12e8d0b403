// Which records this device holds, per table, as one pull goes along. A first pull brings
// thousands of records the device does not have, and asking IndexedDB for each one is a round
// trip of its own (a third of a first pull's time): listing a table's keys once, then adding
// what the pull stores, leaves only the records really here to be read and merged.
//
// Why the list stays true during the pull: the sync lock keeps every other push and pull out
// (sync-engine.ts), and a record written here meanwhile is in the outbox until it is pushed.
// Each page adds the outbox's ids before it is stored, and after a push the pull lists again.
import type { Table } from 'dexie';
import type { RaadetDatabase } from './database';

export class KnownLocalIds {
  private readonly tables = new Map<string, Set<string>>();

  /** The ids `table` holds (or may: a superset is safe, it only costs a read). */
  async of(db: RaadetDatabase, table: string): Promise<Set<string>> {
    let ids = this.tables.get(table);
    if (!ids) {
      const rows: Table<unknown, string> = db.table(table);
      ids = new Set(await rows.toCollection().primaryKeys());
      this.tables.set(table, ids);
    }
    return ids;
  }

  /** After a push: records were held back or settled, so the tables are listed again. */
  forget(): void {
    this.tables.clear();
  }
}

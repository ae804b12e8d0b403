// Hands a device the changes after its cursor, oldest version first, a page at a time. Pushes
// take versions under the space's row lock, so a version becomes visible only after every
// smaller one has: a device that has read up to a version has missed nothing below it.
//
// One statement reads the device's last applied mutation id and the page, so both come from the
// same snapshot (a statement is its own transaction) in one round trip. The records go out as
// the database prints them: each was validated against its table's schema when it was pushed,
// and parsing and re-printing thousands of them was most of what a pull cost.
import type { Cursor } from '../../../src/domain/sync-protocol';
import { isSyncedTableName } from '../../../src/domain/table-registry';
import type { Device } from '../auth/devices';
import type { Database } from '../db/database';
import { SyncRefusal } from './sync-refusal';

interface PageRow {
  last_mutation_id: string;
  table_name: string | null;
  id: string | null;
  data: string | null;
  version: string | null;
}

/** The pull response (`pullResponseSchema`) as JSON text. */
export async function pullPageJson(db: Database, device: Device, cursor: Cursor, limit: number): Promise<string> {
  const rows = await db.query<PageRow>(
    `select d.last_mutation_id, r.table_name, r.id, r.data::text as data, r.version
       from devices d
       left join lateral (
         select table_name, id, data, version from records
          where space_id = d.space_id and (version, table_name, id) > ($2, $3, $4)
          order by version, table_name, id
          limit $5
       ) r on true
      where d.id = $1 and d.revoked_at is null
      order by r.version, r.table_name, r.id`,
    [device.id, cursor.version, cursor.table, cursor.id, limit + 1],
  );
  const first = rows[0];
  if (!first) throw new SyncRefusal(401, 'revoked', 'This device no longer has access.');
  const found = rows.filter((row) => row.id !== null);
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  const changes = page
    .filter((row) => isSyncedTableName(row.table_name!))
    .map((row) => `{"table":${JSON.stringify(row.table_name)},"record":${row.data}}`);
  const next: Cursor = last ? { version: Number(last.version), table: last.table_name!, id: last.id! } : cursor;
  return (
    `{"changes":[${changes.join(',')}],"cursor":${JSON.stringify(next)},` +
    `"more":${found.length > limit},"lastMutationId":${Number(first.last_mutation_id)}}`
  );
}

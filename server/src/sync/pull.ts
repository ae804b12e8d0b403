// Hands a device the changes after its cursor, oldest version first, a page at a time. Pushes
// take versions under the space's row lock, so a version becomes visible only after every
// smaller one has: a device that has read up to a version has missed nothing below it.
//
// One statement finds the device by its token, reads its last applied mutation id and the page,
// so all come from the same snapshot (a statement is its own transaction) in one round trip:
// on a busy server the round trips, not the reading, were what a pull cost. The database also
// writes the page as JSON text: each record was validated against its table's schema when it
// was pushed, and handing over one text instead of a row per record (to be decoded, parsed and
// printed again) was most of what a pull cost the server.
import type { Cursor } from '../../../src/domain/sync-protocol';
import { syncedTableNames } from '../../../src/domain/table-registry';
import { unknownToken } from '../auth/authenticate';
import { lastSeenIsStale, noteDeviceSeen } from '../auth/devices';
import { tokenHash } from '../auth/tokens';
import type { Database } from '../db/database';

interface PageRow {
  device_id: string;
  stale: boolean;
  last_mutation_id: string;
  /** Records after the cursor, up to one more than the page holds (so `more` is known). */
  found: number;
  /** The page's changes, each `{"table":…,"record":…}`, joined by commas. */
  changes: string | null;
  /** The cursor after the page's last record, as JSON; null for an empty page. */
  next: string | null;
}

const pageStatement = `
  select d.id as device_id, ${lastSeenIsStale} as stale, d.last_mutation_id, p.found, p.changes, p.next
    from devices d
   cross join lateral (
     select count(*)::int as found,
            string_agg('{"table":' || to_json(r.table_name)::text || ',"record":' || r.data::text || '}', ','
                       order by r.n) filter (where r.n <= $5 and r.table_name = any($6::text[])) as changes,
            (array_agg(json_build_object('version', r.version, 'table', r.table_name, 'id', r.id)::text
                       order by r.n desc) filter (where r.n <= $5))[1] as next
       from (
         select table_name, id, data, version, row_number() over (order by version, table_name, id) as n
           from records
          where space_id = d.space_id and (version, table_name, id) > ($2, $3, $4)
          order by version, table_name, id
          limit $5 + 1
       ) r
   ) p
   where d.token_hash = $1 and d.revoked_at is null`;

/** The pull response (`pullResponseSchema`) for the device with `token`, as JSON text. */
export async function pullPageJson(db: Database, token: string, cursor: Cursor, limit: number): Promise<string> {
  const [row] = await db.query<PageRow>(pageStatement, [
    tokenHash(token),
    cursor.version,
    cursor.table,
    cursor.id,
    limit,
    syncedTableNames,
  ]);
  if (!row) throw unknownToken();
  if (row.stale) await noteDeviceSeen(db, row.device_id);
  return (
    `{"changes":[${row.changes ?? ''}],"cursor":${row.next ?? JSON.stringify(cursor)},` +
    `"more":${row.found > limit},"lastMutationId":${Number(row.last_mutation_id)}}`
  );
}

// Hands a device the changes after its cursor, oldest version first, a page at a time. Pushes
// take versions under the space's row lock, so a version becomes visible only after every
// smaller one has: a device that has read up to a version has missed nothing below it.
import type { Cursor, PullResponse } from '../../../src/domain/sync-protocol';
import { isSyncedTableName } from '../../../src/domain/table-registry';
import type { Device } from '../auth/devices';
import type { Database } from '../db/database';
import { SyncRefusal } from './sync-refusal';

export async function pullChanges(db: Database, device: Device, cursor: Cursor, limit: number): Promise<PullResponse> {
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ last_mutation_id: string }>(
      'select last_mutation_id from devices where id = $1 and revoked_at is null',
      [device.id],
    );
    if (!state) throw new SyncRefusal(401, 'revoked', 'This device no longer has access.');
    const rows = await tx.query<{
      table_name: string;
      id: string;
      data: PullResponse['changes'][number]['record'];
      version: string;
    }>(
      `select table_name, id, data, version from records
       where space_id = $1 and (version, table_name, id) > ($2, $3, $4)
       order by version, table_name, id
       limit $5`,
      [device.spaceId, cursor.version, cursor.table, cursor.id, limit + 1],
    );
    const page = rows.slice(0, limit);
    const lastRow = page[page.length - 1];
    const changes = page.flatMap((row) =>
      isSyncedTableName(row.table_name) ? [{ table: row.table_name, record: row.data }] : [],
    );
    return {
      changes,
      cursor: lastRow ? { version: Number(lastRow.version), table: lastRow.table_name, id: lastRow.id } : cursor,
      more: rows.length > limit,
      lastMutationId: Number(state.last_mutation_id),
    };
  });
}

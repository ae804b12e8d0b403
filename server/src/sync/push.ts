// Applies a device's pushed changes. Everything happens in one transaction: the device's last
// applied mutation id (locked, so two pushes from one device cannot interleave), the space's
// version (locked, so versions are handed out in commit order), every merged record and the
// new last mutation id. A retried push finds its mutations already applied and changes nothing.
import { checkStamps } from '../../../src/domain/clock-safety';
import { mergeIncoming } from '../../../src/domain/sync-merge';
import { stripMeta, type SyncMeta } from '../../../src/domain/sync-meta';
import type { Mutation, PushResponse } from '../../../src/domain/sync-protocol';
import { schemaOf } from '../../../src/domain/table-registry';
import type { Device } from '../auth/devices';
import type { Database, Sql } from '../db/database';
import { pokePayload, syncChannel } from './poke-channel';
import { SyncRefusal } from './sync-refusal';

type Row = Record<string, unknown> & SyncMeta & { id: string };

/** Every stamp a mutation carries. */
function* stampsOf(mutation: Mutation): Generator<string> {
  yield* Object.values(mutation.record._stamps);
  if (mutation.record._changed !== '') yield mutation.record._changed;
}

/**
 * Refuses the whole push, before anything is stored, when one record is not acceptable. A
 * refusal caused by one record names its mutation, so the device can hold back just that one
 * and send the rest.
 */
function checkMutations(mutations: readonly Mutation[], nowMs: number): void {
  for (const mutation of mutations) {
    const valid = schemaOf(mutation.table).safeParse(stripMeta(mutation.record));
    if (!valid.success) {
      const issue = valid.error.issues[0];
      throw new SyncRefusal(
        400,
        'invalid-record',
        `Mutation ${mutation.mutationId} (${mutation.table}): ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
        mutation.mutationId,
      );
    }
    const own = checkStamps(stampsOf(mutation), nowMs);
    if (!own.ok && own.reason === 'malformed') {
      throw new SyncRefusal(
        400,
        'malformed-stamp',
        `Mutation ${mutation.mutationId} (${mutation.table}): not a clock stamp: ${own.stamp.slice(0, 60)}`,
        mutation.mutationId,
      );
    }
  }
  // The clock check is about the device, not one record: the whole push waits for the clock.
  const stamps = checkStamps(
    (function* () {
      for (const mutation of mutations) yield* stampsOf(mutation);
    })(),
    nowMs,
  );
  if (!stamps.ok && stamps.reason === 'too-far-ahead') {
    throw new SyncRefusal(
      422,
      'clock-ahead',
      `This device's clock is ahead of the server's by more than 5 minutes (it reads ${new Date(stamps.furthestMs).toISOString()}). Set the right date and time, then sync again.`,
    );
  }
}

// A record read back from JSONB has its keys in another order than a merged object.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

function sameRecord(a: Row, b: Row): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

async function storedRecord(tx: Sql, spaceId: string, table: string, id: string): Promise<Row | undefined> {
  const rows = await tx.query<{ data: Row }>(
    'select data from records where space_id = $1 and table_name = $2 and id = $3 for update',
    [spaceId, table, id],
  );
  return rows[0]?.data;
}

export async function applyPush(
  db: Database,
  device: Device,
  mutations: readonly Mutation[],
  nowMs: number,
): Promise<PushResponse> {
  checkMutations(mutations, nowMs);
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ last_mutation_id: string }>(
      'select last_mutation_id from devices where id = $1 and revoked_at is null for update',
      [device.id],
    );
    if (!state) throw new SyncRefusal(401, 'revoked', 'This device no longer has access.');
    const last = Number(state.last_mutation_id);
    const fresh = mutations.filter((m) => m.mutationId > last).sort((a, b) => a.mutationId - b.mutationId);
    const refused: PushResponse['refused'] = [];
    if (fresh.length === 0) return { lastMutationId: last, refused };

    const [space] = await tx.query<{ version: string }>(
      'update sync_spaces set version = version + 1 where id = $1 returning version',
      [device.spaceId],
    );
    const version = Number(space!.version);
    let changed = false;
    for (const mutation of fresh) {
      const incoming = mutation.record as Row;
      const stored = await storedRecord(tx, device.spaceId, mutation.table, incoming.id);
      const outcome = mergeIncoming(mutation.table, stored, incoming, mutation.base);
      if (!outcome.ok) {
        await tx.query(
          'insert into refused_merges (space_id, table_name, record_id, incoming, reason, device_id) values ($1, $2, $3, $4::jsonb, $5, $6)',
          [device.spaceId, mutation.table, incoming.id, JSON.stringify(incoming), outcome.reason, device.id],
        );
        refused.push({
          mutationId: mutation.mutationId,
          table: mutation.table,
          id: incoming.id,
          reason: outcome.reason,
        });
        continue;
      }
      // An edit that arrived late and lost everywhere changes nothing here, but what it lost
      // still goes into the log.
      for (const lost of outcome.overwritten) {
        await tx.query(
          `insert into overwritten_values (space_id, table_name, record_id, field, value, stamp, winner, winner_stamp, device_id)
           values ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9)`,
          [
            device.spaceId,
            mutation.table,
            incoming.id,
            lost.field,
            lost.value === undefined ? null : JSON.stringify(lost.value),
            lost.stamp,
            lost.winner === undefined ? null : JSON.stringify(lost.winner),
            lost.winnerStamp,
            device.id,
          ],
        );
      }
      if (stored && sameRecord(stored, outcome.merged)) continue;
      await tx.query(
        `insert into records (space_id, table_name, id, data, version) values ($1, $2, $3, $4::json, $5)
         on conflict (space_id, table_name, id) do update set data = excluded.data, version = excluded.version`,
        [device.spaceId, mutation.table, incoming.id, JSON.stringify(outcome.merged), version],
      );
      changed = true;
    }
    const lastMutationId = fresh[fresh.length - 1]!.mutationId;
    await tx.query('update devices set last_mutation_id = $2 where id = $1', [device.id, lastMutationId]);
    // Delivered at commit, to every server process listening: they poke their devices.
    if (changed) await tx.query('select pg_notify($1, $2)', [syncChannel, pokePayload(device.spaceId, version)]);
    return { lastMutationId, refused };
  });
}

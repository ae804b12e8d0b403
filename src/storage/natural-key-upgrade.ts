// Schema version 6: rows with a natural key get the id derived from it (domain/natural-key-id.ts),
// and rows that recorded the same fact twice (two tablets, a restored backup, a double tap) are
// merged into that one row. Nothing is lost:
// - attendance and candidates merge field by field, newest stamp wins (domain/merge-record.ts),
//   exactly what sync does with two copies of one record, so the most recent presence wins;
// - "has voted" keeps the fact: the merged row is live if any copy was, and assisted if any was;
// - candidates' old ids are rewritten wherever they were used: secret ballots' choices and the
//   election's tie breaks, results and stored tally, so every vote still counts for the same person.
// The merged rows keep their original stamps, so two tablets that both upgrade still merge by
// when each field was really edited. Old rows become tombstones (so an old backup cannot bring
// them back), and every row written gets an outbox row so the change can sync.
import type { Transaction } from 'dexie';
import { mergeRecord } from '../domain/merge-record';
import { naturalKeyId } from '../domain/natural-key-id';
import { naturalKeyOf, type NaturalKeyTable } from '../domain/table-registry';
import type { SyncMeta } from '../domain/sync-meta';
import { nextStampIn, queueChange } from './outbox';

type Row = Record<string, unknown> & SyncMeta & { id: string };

/** Merges each group of rows sharing a natural key into the row with the derived id. Returns old id → new id. */
async function mergeTable(tx: Transaction, table: NaturalKeyTable): Promise<Map<string, string>> {
  const rows = (await tx.table(table).toArray()) as Row[];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    // A row without its key cannot be matched to anything; leave it as it is rather than
    // fail the upgrade, which would keep the app from opening at all.
    if (naturalKeyOf(table).some((f) => typeof row[f] !== 'string')) continue;
    const key = naturalKeyOf(table)
      .map((f) => String(row[f]).toLowerCase())
      .join('|');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const renamed = new Map<string, string>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const id = naturalKeyId(table, first as never);
    if (group.length === 1 && first.id === id) continue;
    // Once a derived row exists, tombstones under other ids are rows this merge retired before
    // (an earlier import): their deletion must not spread to the fact they were merged into.
    const current = group.find((r) => r.id === id);
    const sources = current ? group.filter((r) => r === current || r._deleted !== 1) : group;
    let merged = sources.reduce((a, b) => mergeRecord(a, b));
    merged = { ...merged, id };
    if (table === 'hasVoted') {
      const live = group.filter((r) => r._deleted !== 1);
      const assisted = live.some((r) => r.assisted === true);
      if (live.length > 0 && (merged._deleted === 1 || merged.assisted !== assisted)) {
        const stamp = await nextStampIn(tx);
        merged = {
          ...merged,
          _deleted: 0,
          assisted,
          _stamps: { ...merged._stamps, _deleted: stamp, assisted: stamp },
          _changed: stamp,
        };
      }
    }
    // Merged before (an earlier import): the derived row already holds everything.
    const unchanged = current !== undefined && JSON.stringify(current) === JSON.stringify(merged);
    if (!unchanged) {
      const seq = await nextStampIn(tx);
      await tx.table(table).put(merged);
      await queueChange(tx, table, id, seq, current?._stamps);
    }
    for (const old of group) {
      if (old.id === id) continue;
      renamed.set(old.id, id);
      if (old._deleted === 1) continue;
      const stamp = await nextStampIn(tx);
      await tx.table(table).put({ ...old, _deleted: 1, _stamps: { ...old._stamps, _deleted: stamp }, _changed: stamp });
      await queueChange(tx, table, old.id, stamp, old._stamps);
    }
  }
  return renamed;
}

const rename = (ids: readonly string[], renamed: Map<string, string>) => [
  ...new Set(ids.map((id) => renamed.get(id) ?? id)),
];

/** Candidate ids are ballot options and election results: point them at the merged candidate. */
async function renameCandidates(tx: Transaction, renamed: Map<string, string>): Promise<void> {
  if (renamed.size === 0) return;
  await tx
    .table('secretBallots')
    .toCollection()
    .modify((ballot: { choice?: string; choices?: string[] }) => {
      if (ballot.choice !== undefined) ballot.choice = renamed.get(ballot.choice) ?? ballot.choice;
      if (ballot.choices !== undefined) ballot.choices = rename(ballot.choices, renamed).sort();
    });
  const elections = (await tx.table('elections').toArray()) as Row[];
  for (const election of elections) {
    const changes: Record<string, unknown> = {};
    const tieBreaks = election.tieBreaks as { order: string[] }[] | undefined;
    if (tieBreaks?.some((tb) => tb.order.some((id) => renamed.has(id)))) {
      changes.tieBreaks = tieBreaks.map((tb) => ({ ...tb, order: rename(tb.order, renamed) }));
    }
    for (const field of ['elected', 'substitutesElected'] as const) {
      const list = election[field] as string[] | undefined;
      if (list?.some((id) => renamed.has(id))) changes[field] = rename(list, renamed);
    }
    const tally = election.tally as { counts?: Record<string, number> } | undefined;
    if (tally?.counts && Object.keys(tally.counts).some((id) => renamed.has(id))) {
      const counts: Record<string, number> = {};
      for (const [id, count] of Object.entries(tally.counts)) {
        const to = renamed.get(id) ?? id;
        counts[to] = (counts[to] ?? 0) + count;
      }
      changes.tally = { ...tally, counts };
    }
    const fields = Object.keys(changes);
    if (fields.length === 0) continue;
    const stamp = await nextStampIn(tx);
    const stamps = { ...election._stamps };
    for (const field of fields) stamps[field] = stamp;
    await tx.table('elections').put({ ...election, ...changes, _stamps: stamps, _changed: stamp });
    await queueChange(tx, 'elections', election.id, stamp, election._stamps);
  }
}

export async function mergeNaturalKeyDuplicates(tx: Transaction): Promise<void> {
  await mergeTable(tx, 'attendance');
  await mergeTable(tx, 'hasVoted');
  await renameCandidates(tx, await mergeTable(tx, 'candidates'));
}

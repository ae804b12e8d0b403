// Every Dexie schema version that has ever shipped, oldest first, with its upgrade.
// Never edit a shipped version: add a new one below it.
import type { Transaction } from 'dexie';
import type { SyncedTableName } from '../domain/table-registry';
import { mergeNaturalKeyDuplicates } from './natural-key-upgrade';
import { moveBasesToOutbox } from './base-upgrade';
import { queueUnstamped } from './outbox';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const synced = 'id, _changed';

/** The synced tables version 1 had: a shipped version's list, so it never grows. */
const version1Synced: readonly SyncedTableName[] = [
  'facilities',
  'councils',
  'members',
  'meetings',
  'agendaItems',
  'decisions',
  'attendance',
  'votes',
  'ballots',
];

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      facilities: synced,
      councils: `${synced}, facilityId`,
      members: `${synced}, councilId`,
      meetings: `${synced}, councilId, startsAt`,
      agendaItems: `${synced}, meetingId`,
      decisions: `${synced}, meetingId, agendaItemId`,
      attendance: `${synced}, meetingId`,
      votes: `${synced}, meetingId, agendaItemId`,
      ballots: `${synced}, voteId`,
      media: 'hash',
      meta: 'key',
    },
  },
  {
    // Version 2: attendance is looked up by meeting and member together, and each row must
    // be unique for that pair; older databases could hold duplicates from double taps.
    // (The index itself is not unique: version 6 puts the uniqueness in the row's id.)
    // The outbox is the change feed the sync client will send to the server (storage/outbox.ts).
    version: 2,
    stores: {
      attendance: `${synced}, meetingId, [meetingId+memberId]`,
      outbox: 'seq, table',
    },
    upgrade: async (tx) => {
      const rows = await tx.table('attendance').toArray();
      const newest = new Map<string, { id: string; _changed: string }>();
      const duplicates: string[] = [];
      for (const row of rows as { id: string; meetingId: string; memberId: string; _changed: string }[]) {
        const key = `${row.meetingId}|${row.memberId}`;
        const seen = newest.get(key);
        if (!seen) newest.set(key, row);
        else if (row._changed > seen._changed) {
          duplicates.push(seen.id);
          newest.set(key, row);
        } else duplicates.push(row.id);
      }
      // Deleted, not kept as tombstones: these were double taps on this one device, before
      // anything could leave it, and the newest row that stays holds what they said.
      if (duplicates.length > 0) await tx.table('attendance').bulkDelete(duplicates);
      // Everything written before now was written before the outbox existed: queue it, or
      // sync would never send it. Queued with the stamps it has, not re-stamped.
      for (const table of version1Synced) {
        const ids = (await tx.table(table).toCollection().primaryKeys()) as string[];
        for (const id of ids) await queueUnstamped(tx, table, id, undefined);
      }
    },
  },
  {
    // Version 3: tables for pictogram favourites, meeting evaluations, secret ballots and
    // elections. Secret ballots are deliberately NOT synced records: no clock stamps, no
    // outbox rows, random ids, nothing that orders them or links them to a voter. The
    // "has voted" rows are kept apart from them and are what stops a second vote.
    version: 3,
    stores: {
      pictogramUsage: `${synced}, facilityId, [facilityId+pictogramId]`,
      evaluations: `${synced}, meetingId`,
      secretBallots: 'id, voteId',
      hasVoted: `${synced}, voteId, [voteId+memberId]`,
      elections: `${synced}, councilId`,
      candidates: `${synced}, electionId`,
    },
  },
  {
    // Version 5 (4 is the voting work's): evaluation answers while an evaluation is open.
    // Like secret ballots they are NOT synced records: random ids, no stamps, no member, no
    // time. They are summed into the synced evaluation record when staff close it, and
    // deleted in the same transaction.
    version: 5,
    stores: {
      evaluationAnswers: 'id, evaluationId',
    },
  },
  {
    // Version 6: attendance, "has voted" and candidate rows take the id derived from their
    // natural key, and duplicates merge into it (see natural-key-upgrade.ts). Uniqueness lives
    // in that id, not in a unique index: the version-2 comment promised a unique
    // [meetingId+memberId], but the index never was, and cannot be, because the tombstones
    // left behind (which must stay so an old backup cannot revive them) share the pair, and
    // a remote row with a clashing pair would abort a whole import instead of merging.
    version: 6,
    stores: {},
    upgrade: mergeNaturalKeyDuplicates,
  },
  {
    // Version 7: merges the schema refused (domain/merge-conflict.ts). The incoming copy is
    // kept here, with the local copy as it was, until staff have read it in Settings. Local
    // only: not synced, no stamps, not in backups (the incoming copy is in the file it came
    // from, and the local copy is still the record itself).
    version: 7,
    stores: {
      conflicts: 'id, at',
    },
  },
  {
    // Version 8: a change's base travels on its outbox row (storage/outbox.ts) instead of one
    // meta row per record pulled, which had doubled the writes of a first pull. Changes queued
    // before keep the base their record had; the meta rows go.
    version: 8,
    stores: {},
    upgrade: moveBasesToOutbox,
  },
  {
    // Version 9: no synced table indexes `_changed` any more. Nothing ever queried it (sync sends
    // what the outbox queued, see version 2), and every write of every record paid for it: a
    // tenth of a first pull's time went to keeping it.
    version: 9,
    stores: {
      facilities: 'id',
      councils: 'id, facilityId',
      members: 'id, councilId',
      meetings: 'id, councilId, startsAt',
      agendaItems: 'id, meetingId',
      decisions: 'id, meetingId, agendaItemId',
      attendance: 'id, meetingId, [meetingId+memberId]',
      votes: 'id, meetingId, agendaItemId',
      ballots: 'id, voteId',
      pictogramUsage: 'id, facilityId, [facilityId+pictogramId]',
      evaluations: 'id, meetingId',
      hasVoted: 'id, voteId, [voteId+memberId]',
      elections: 'id, councilId',
      candidates: 'id, electionId',
    },
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

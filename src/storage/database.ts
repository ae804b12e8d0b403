// The one place that knows the IndexedDB layout. Everything else goes through repositories.
import Dexie, { type Table } from 'dexie';
import type { AgendaItem } from '../domain/agenda-item';
import type { Attendance } from '../domain/attendance';
import type { Council } from '../domain/council';
import type { Decision } from '../domain/decision';
import type { Evaluation, EvaluationAnswer } from '../domain/evaluation';
import type { Facility } from '../domain/facility';
import type { Meeting } from '../domain/meeting';
import type { MergeConflict } from '../domain/merge-conflict';
import type { Member } from '../domain/member';
import type { PictogramUsage } from '../domain/pictogram-usage';
import type { Stored } from '../domain/sync-meta';
import type { Ballot, Vote } from '../domain/vote';
import type { Candidate, Election } from '../domain/election';
import type { HasVoted, SecretBallot } from '../domain/secret-ballot';
import { schemaVersions } from './schema-versions';
import { strictDurability } from './strict-durability';

export interface MediaRow {
  hash: string;
  mime: string;
  /** ArrayBuffer, not Blob: some WebKit versions fail to store Blobs in IndexedDB. */
  bytes: ArrayBuffer;
  size: number;
  createdAt: string;
  /** Recordings: where speech starts and ends inside the file, in seconds (silence trimmed). */
  trim?: { start: number; end: number };
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface OutboxRow {
  seq: string;
  table: string;
  id: string;
  /**
   * The record's field stamps on this device just before this change: what the change was made
   * on. The oldest row of a record gives the push its `base` (see sync-push-batch.ts). Absent for
   * a record that was new here.
   */
  base?: Record<string, string>;
}

/**
 * The record tables are the registry's (domain/table-registry.ts; `database.test.ts` checks the
 * declarations and the newest stores against it); media, meta and outbox are storage's own.
 */
export class RaadetDatabase extends Dexie {
  evaluations!: Table<Stored<Evaluation>, string>;
  /** Not synced, never stamped: see domain/evaluation.ts. */
  evaluationAnswers!: Table<EvaluationAnswer, string>;
  facilities!: Table<Stored<Facility>, string>;
  councils!: Table<Stored<Council>, string>;
  members!: Table<Stored<Member>, string>;
  meetings!: Table<Stored<Meeting>, string>;
  agendaItems!: Table<Stored<AgendaItem>, string>;
  decisions!: Table<Stored<Decision>, string>;
  attendance!: Table<Stored<Attendance>, string>;
  votes!: Table<Stored<Vote>, string>;
  ballots!: Table<Stored<Ballot>, string>;
  pictogramUsage!: Table<Stored<PictogramUsage>, string>;
  media!: Table<MediaRow, string>;
  meta!: Table<MetaRow, string>;
  outbox!: Table<OutboxRow, string>;
  /** Not synced, never stamped: see domain/secret-ballot.ts. */
  secretBallots!: Table<SecretBallot, string>;
  hasVoted!: Table<Stored<HasVoted>, string>;
  elections!: Table<Stored<Election>, string>;
  candidates!: Table<Stored<Candidate>, string>;
  /** Local only: merges the schema refused, for staff to read. See domain/merge-conflict.ts. */
  conflicts!: Table<MergeConflict, string>;

  constructor(name = 'raadet') {
    super(name);
    for (const v of schemaVersions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.use(strictDurability);
    // Another tab opened a newer version: let it go ahead rather than block it forever.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

let current: RaadetDatabase | null = null;

export function database(): RaadetDatabase {
  current ??= new RaadetDatabase();
  return current;
}

/** For tests: use a fresh, separately named database. */
export function setDatabase(db: RaadetDatabase): void {
  current = db;
}

// The one list of Rådet's record tables. Everything that must know every table derives from it
// instead of keeping its own list: the Dexie stores (checked against the shipped versions by
// storage/database.test.ts), the table-name types, the repositories, the backup file's tables
// and schemas, the delete cascade, the e2e database helper and, later, the server's tables.
// Adding a table is one entry here, plus a new version in storage/schema-versions.ts.
//
// Tables that are not records (media by hash, the clock and settings in meta, the outbox) belong
// to storage alone and are not listed here.
import type { z } from 'zod';
import { agendaItemSchema } from './agenda-item';
import { attendanceSchema } from './attendance';
import { councilSchema } from './council';
import { decisionSchema } from './decision';
import { candidateSchema, electionSchema } from './election';
import { evaluationAnswerSchema, evaluationSchema } from './evaluation';
import { dropBrokenWebsite, facilitySchema } from './facility';
import type { FieldGroup } from './field-groups';
import { meetingSchema } from './meeting';
import { memberSchema } from './member';
import { mergeConflictSchema } from './merge-conflict';
import { pictogramUsageSchema } from './pictogram-usage';
import { hasVotedSchema, secretBallotSchema } from './secret-ballot';
import { ballotSchema, voteSchema } from './vote';

/**
 * How a table's rows travel between devices:
 * - `per-field`: synced; every field carries a clock stamp and merges on its own (or with its
 *   field group), deletes are tombstones.
 * - `insert-only`: synced; a row records a fact once. A copy from elsewhere never overwrites
 *   the fields of a row this device has; only a deletion (a tombstone) travels.
 * - `device-only`: never leaves this device (no stamps, no outbox rows): secret ballots and
 *   anonymous evaluation answers, which must not be linked to anyone, and local bookkeeping.
 */
export type Travel = 'per-field' | 'insert-only' | 'device-only';

/**
 * What a backup file holds of a table: `records` with their stamps (merged on restore), or `none`.
 */
export type BackupRole = 'records' | 'none';

/** A field that names the row this row belongs to; deleting the parent deletes the row. */
interface ParentRelation {
  readonly table: string;
  readonly field: string;
}

interface TableSpec {
  readonly schema: z.ZodType<{ id: string }>;
  readonly travel: Travel;
  /** Secondary indexes as Dexie writes them; compound ones as `[a+b]`. */
  readonly indexes: readonly string[];
  /** Fields whose values identify the one row for a fact (see natural-key-id.ts). */
  readonly naturalKey?: readonly string[];
  readonly parents?: readonly ParentRelation[];
  /** Fields stamped and merged as one unit (see field-groups.ts). */
  readonly fieldGroups?: readonly FieldGroup[];
  readonly backup: BackupRole;
  /** The table came after the first backup files, which simply lack it. */
  readonly missingInOldBackups?: true;
  /** Makes a row that older versions could store, and today's schema refuses, valid without losing data. */
  readonly repair?: (row: Record<string, unknown>) => Record<string, unknown>;
  /**
   * A row records what people did in a meeting, which cannot be done again: a write to it is
   * confirmed only once it is on disk, so "your vote is counted" survives a power cut.
   */
  readonly durable?: true;
}

const byMeeting = [{ table: 'meetings', field: 'meetingId' }] as const;
const byCouncil = [{ table: 'councils', field: 'councilId' }] as const;
// A "ballot box" id names a vote or an election: both collect secret ballots.
const byBallotBox = [
  { table: 'votes', field: 'voteId' },
  { table: 'elections', field: 'voteId' },
] as const;

export const tableRegistry = {
  facilities: {
    schema: facilitySchema,
    travel: 'per-field',
    indexes: [],
    backup: 'records',
    repair: dropBrokenWebsite,
  },
  councils: {
    schema: councilSchema,
    travel: 'per-field',
    indexes: ['facilityId'],
    parents: [{ table: 'facilities', field: 'facilityId' }],
    backup: 'records',
  },
  members: {
    schema: memberSchema,
    travel: 'per-field',
    indexes: ['councilId'],
    parents: byCouncil,
    // A term is a span; a representative is a relative who represents someone.
    fieldGroups: [
      ['termStart', 'termEnd'],
      ['role', 'representsMemberId'],
    ],
    backup: 'records',
  },
  meetings: {
    schema: meetingSchema,
    travel: 'per-field',
    indexes: ['councilId', 'startsAt'],
    parents: byCouncil,
    fieldGroups: [['startsAt', 'endsAt']],
    backup: 'records',
  },
  agendaItems: {
    schema: agendaItemSchema,
    travel: 'per-field',
    indexes: ['meetingId'],
    parents: byMeeting,
    backup: 'records',
  },
  decisions: {
    schema: decisionSchema,
    travel: 'per-field',
    indexes: ['meetingId', 'agendaItemId'],
    parents: byMeeting,
    backup: 'records',
    durable: true,
  },
  attendance: {
    schema: attendanceSchema,
    travel: 'per-field',
    indexes: ['meetingId', '[meetingId+memberId]'],
    naturalKey: ['meetingId', 'memberId'],
    parents: byMeeting,
    backup: 'records',
    durable: true,
  },
  votes: {
    schema: voteSchema,
    travel: 'per-field',
    indexes: ['meetingId', 'agendaItemId'],
    parents: byMeeting,
    // The kind decides which of options / maxChoices / scale a vote needs.
    fieldGroups: [['kind', 'options', 'maxChoices', 'scale']],
    backup: 'records',
  },
  ballots: {
    schema: ballotSchema,
    travel: 'per-field',
    indexes: ['voteId'],
    parents: [{ table: 'votes', field: 'voteId' }],
    // A ballot holds one choice or a list of choices, never both, never neither.
    fieldGroups: [['choice', 'choices']],
    backup: 'records',
    durable: true,
  },
  pictogramUsage: {
    schema: pictogramUsageSchema,
    travel: 'per-field',
    indexes: ['facilityId', '[facilityId+pictogramId]'],
    parents: [{ table: 'facilities', field: 'facilityId' }],
    backup: 'records',
    missingInOldBackups: true,
  },
  evaluations: {
    schema: evaluationSchema,
    travel: 'per-field',
    indexes: ['meetingId'],
    parents: byMeeting,
    // The result lists have one count per smiley of the scale.
    fieldGroups: [['scale', 'results', 'participants']],
    backup: 'records',
    missingInOldBackups: true,
  },
  hasVoted: {
    schema: hasVotedSchema,
    // "This member has voted" is recorded once, when the ballot goes in; a copy from another
    // device can never take it back (only deleting the vote does).
    travel: 'insert-only',
    indexes: ['voteId', '[voteId+memberId]'],
    naturalKey: ['voteId', 'memberId'],
    parents: byBallotBox,
    backup: 'records',
    missingInOldBackups: true,
    durable: true,
  },
  elections: {
    schema: electionSchema,
    travel: 'per-field',
    indexes: ['councilId'],
    parents: byCouncil,
    // Who was elected is written in one step when the result is applied.
    fieldGroups: [['elected', 'substitutesElected', 'appliedOn']],
    backup: 'records',
    missingInOldBackups: true,
  },
  candidates: {
    schema: candidateSchema,
    travel: 'per-field',
    indexes: ['electionId'],
    naturalKey: ['electionId', 'memberId'],
    parents: [{ table: 'elections', field: 'electionId' }],
    backup: 'records',
    missingInOldBackups: true,
  },
  secretBallots: {
    schema: secretBallotSchema,
    travel: 'device-only',
    indexes: ['voteId'],
    // Never in a backup (issue 14): a file saved during a vote, or between two voters, would
    // otherwise hold the ballots in the order they were cast next to the has-voted rows. A
    // closed vote travels as the tally on its record (storage/close-ballot-box.ts), which has no
    // split under three ballots; a running vote's ballots stay on this tablet.
    backup: 'none',
    durable: true,
  },
  evaluationAnswers: {
    schema: evaluationAnswerSchema,
    travel: 'device-only',
    indexes: ['evaluationId'],
    // As secret ballots: a closed evaluation travels as the results on its record.
    backup: 'none',
    durable: true,
  },
  conflicts: {
    schema: mergeConflictSchema,
    // Merges the schema refused, kept for staff to read; the incoming copy is in the file or
    // the sync it came from, the local copy is still the record itself.
    travel: 'device-only',
    indexes: ['at'],
    backup: 'none',
  },
} as const satisfies Record<string, TableSpec>;

type Registry = typeof tableRegistry;
export type TableName = keyof Registry;
type NamesWhere<K extends keyof TableSpec, V> = {
  [N in TableName]: Registry[N] extends { readonly [P in K]: V } ? N : never;
}[TableName];

/** Tables whose rows travel to other devices: every row carries sync stamps and an outbox row. */
export type SyncedTableName = Exclude<TableName, NamesWhere<'travel', 'device-only'>>;
export type BackupTableName = NamesWhere<'backup', 'records'>;
/** Tables whose rows have a natural key (see natural-key-id.ts). */
export type NaturalKeyTable = {
  [N in TableName]: Registry[N] extends { readonly naturalKey: readonly string[] } ? N : never;
}[TableName];
/** The fields of a table's natural key, as a type. */
export type NaturalKeyOf<N extends NaturalKeyTable> = Registry[N]['naturalKey'][number];
/** The row a table holds, without sync stamps. */
export type RecordOf<N extends TableName> = z.infer<Registry[N]['schema']>;

export const tableNames = Object.keys(tableRegistry) as TableName[];

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(tableRegistry, name);
}

function specOf(name: TableName): TableSpec {
  return tableRegistry[name];
}

export const syncedTableNames = tableNames.filter((n) => specOf(n).travel !== 'device-only') as SyncedTableName[];

export function isSyncedTableName(name: string): name is SyncedTableName {
  return isTableName(name) && specOf(name).travel !== 'device-only';
}

export const backupTableNames = tableNames.filter((n) => specOf(n).backup === 'records') as BackupTableName[];

export function schemaOf<N extends TableName>(name: N): Registry[N]['schema'] {
  return tableRegistry[name].schema;
}

export function travelOf(name: TableName): Travel {
  return specOf(name).travel;
}

/** Tables whose writes must be on disk before they are confirmed (see `durable`). */
export const durableTableNames: readonly TableName[] = tableNames.filter((n) => specOf(n).durable === true);

export function indexesOf(name: TableName): readonly string[] {
  return specOf(name).indexes;
}

const noGroups: readonly FieldGroup[] = [];

/** The field groups of a table (none for most tables). */
export function fieldGroupsOf(name: string): readonly FieldGroup[] {
  return isTableName(name) ? (specOf(name).fieldGroups ?? noGroups) : noGroups;
}

export function naturalKeyOf<N extends NaturalKeyTable>(name: N): Registry[N]['naturalKey'] {
  return tableRegistry[name].naturalKey;
}

export function repairOf(name: TableName): ((row: Record<string, unknown>) => Record<string, unknown>) | undefined {
  return specOf(name).repair;
}

export function missingInOldBackups(name: TableName): boolean {
  return specOf(name).missingInOldBackups === true;
}

/**
 * The rows that belong to a row of `parent`: each child table with the field that names it.
 * Later tables first, so a cascade removes what depends on more (votes before agenda items,
 * elections and meetings before members) ahead of what it depends on.
 */
export function childrenOf(parent: TableName): { table: SyncedTableName; field: string }[] {
  const children: { table: SyncedTableName; field: string }[] = [];
  for (const name of [...syncedTableNames].reverse()) {
    for (const relation of specOf(name).parents ?? []) {
      if (relation.table === parent) children.push({ table: name, field: relation.field });
    }
  }
  return children;
}

// The sync protocol's messages, shared by the server (which validates every request with them)
// and the tablet's sync client. server/README.md describes the protocol with examples.
import { z } from 'zod';
import { syncMetaSchema } from './sync-meta';
import { syncedTableNames, type SyncedTableName } from './table-registry';

/**
 * Bumped when a message changes shape or meaning. A device speaking another version is told
 * to update the app (HTTP 426) instead of having its changes misread.
 */
export const syncProtocolVersion = 1;
export const protocolHeader = 'raadet-protocol';

const tableNameSchema = z.enum(syncedTableNames as [SyncedTableName, ...SyncedTableName[]]);

/** A record as it travels: its fields (checked against the table's schema later) and its stamps. */
// One object rather than an intersection: an intersection parses each record twice and merges
// the results, and a first pull checks 10,000 of them.
export const travellingRecordSchema = z.looseObject({ id: z.string().min(1).max(100), ...syncMetaSchema.shape });

export const mutationSchema = z.object({
  /** Per device, increasing: the server applies each id once, so a retried push is harmless. */
  mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  table: tableNameSchema,
  record: travellingRecordSchema,
  /** Field stamps of the record on this device before the change (server/README.md, conflict log). */
  base: z.record(z.string(), z.string()).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  mutations: z.array(mutationSchema).max(500),
});

export const pushResponseSchema = z.object({
  /** The highest mutation id the server has applied for this device. */
  lastMutationId: z.number().int().min(0),
  /** Records whose merge the schema refused: the server kept its copy, staff see it as a conflict. */
  refused: z.array(
    z.object({ mutationId: z.number().int(), table: tableNameSchema, id: z.string(), reason: z.string() }),
  ),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Where a pull continues: after this (version, table, id), in that order. */
export const cursorSchema = z.object({
  version: z.number().int().min(0),
  table: z.string().max(40),
  id: z.string().max(100),
});
export type Cursor = z.infer<typeof cursorSchema>;
export const startCursor: Cursor = { version: 0, table: '', id: '' };

export const pullRequestSchema = z.object({
  cursor: cursorSchema,
  limit: z.number().int().min(1).max(1000).default(500),
});

export const pullResponseSchema = z.object({
  changes: z.array(z.object({ table: tableNameSchema, record: travellingRecordSchema })),
  cursor: cursorSchema,
  /** More changes wait after `cursor`: pull again at once. */
  more: z.boolean(),
  /** This device's last applied mutation id, read in the same transaction as the changes. */
  lastMutationId: z.number().int().min(0),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** A value a merge overwrote while it was changed concurrently: staff may restore it. */
export const overwrittenEntrySchema = z.object({
  id: z.number().int().min(1),
  table: tableNameSchema,
  recordId: z.string(),
  field: z.string(),
  /** The value that lost; `null` when the field was empty. */
  value: z.unknown(),
  winner: z.unknown(),
  at: z.string(),
  /** The device whose push caused the overwrite, if it still exists. */
  deviceName: z.string().nullable(),
});
export type OverwrittenEntry = z.infer<typeof overwrittenEntrySchema>;

export const overwrittenListRequestSchema = z.object({
  /** Entries older than this id (the last one of the previous page). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const overwrittenListResponseSchema = z.object({
  entries: z.array(overwrittenEntrySchema),
  more: z.boolean(),
});
export type OverwrittenListResponse = z.infer<typeof overwrittenListResponseSchema>;

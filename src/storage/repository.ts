// The single write path for synced records: validate with the domain schema, stamp each
// changed field with the device clock, keep deletes as tombstones, and queue the change in
// the outbox, all in one IndexedDB transaction so the screen confirms only what is stored.
import type { z } from 'zod';
import { fieldGroupsOf, schemaOf, type RecordOf, type SyncedTableName } from '../domain/table-registry';
import { stampChanges } from '../domain/stamp-changes';
import { stripMeta, type Stored } from '../domain/sync-meta';
import { ValidationError } from '../domain/validation-error';
import { nextStamp } from './clock';
import { database } from './database';
import { queueChange } from './outbox';

interface Entity {
  id: string;
}

export interface Repository<T extends Entity> {
  get(id: string): Promise<T | undefined>;
  all(): Promise<T[]>;
  where(index: string, value: string): Promise<T[]>;
  /** Validates and stores; throws ValidationError and stores nothing when invalid. */
  save(entity: T): Promise<T>;
  update(id: string, changes: Partial<Omit<T, 'id'>>): Promise<T>;
  remove(id: string): Promise<void>;
}

export function createRepository<N extends SyncedTableName>(tableName: N): Repository<RecordOf<N>> {
  type T = RecordOf<N>;
  // TypeScript cannot narrow the registry's union of schemas by a generic name; this is the one.
  const schema = schemaOf(tableName) as unknown as z.ZodType<T>;
  const table = () => database().table<Stored<T>, string>(tableName);
  const fieldGroups = fieldGroupsOf(tableName);
  const live = (rows: Stored<T>[]) => rows.filter((r) => r._deleted !== 1).map((r) => stripMeta<T>(r));

  function validate(entity: unknown): T {
    const parsed = schema.safeParse(entity);
    if (!parsed.success) throw new ValidationError(parsed.error.issues);
    return parsed.data;
  }

  /**
   * Reads the stored row, lets `next` decide what to store from it, and writes, all in one
   * transaction: two writes to one record at once each see the other's result, so neither
   * loses the other's fields. `next` returns undefined to write nothing.
   */
  async function writeFrom(
    id: string,
    next: (existing: Stored<T> | undefined) => { entity: T; deleted: 0 | 1 } | undefined,
  ): Promise<T | undefined> {
    const db = database();
    return db.transaction('rw', [db.table(tableName), db.meta, db.outbox], async () => {
      const existing = await table().get(id);
      const change = next(existing);
      if (!change) return undefined;
      const stamp = await nextStamp(db);
      await table().put(stampChanges(existing, change.entity, change.deleted, stamp, fieldGroups));
      await queueChange(db, tableName, id, stamp, existing?._stamps);
      return change.entity;
    });
  }

  return {
    async get(id) {
      const row = await table().get(id);
      return row && row._deleted !== 1 ? stripMeta<T>(row) : undefined;
    },
    async all() {
      return live(await table().toArray());
    },
    async where(index, value) {
      return live(await table().where(index).equals(value).toArray());
    },
    async save(entity) {
      const valid = validate(entity);
      await writeFrom(valid.id, () => ({ entity: valid, deleted: 0 }));
      return valid;
    },
    async update(id, changes) {
      const saved = await writeFrom(id, (row) => {
        if (!row || row._deleted === 1) throw new Error(`${tableName} ${id} not found`);
        const merged = { ...stripMeta<T>(row), ...changes, id } as T;
        // Keys set to undefined mean "clear this field".
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) delete (merged as Record<string, unknown>)[key];
        }
        // Validation is synchronous, so it may run inside the transaction.
        return { entity: validate(merged), deleted: 0 };
      });
      return saved as T;
    },
    async remove(id) {
      await writeFrom(id, (row) =>
        !row || row._deleted === 1 ? undefined : { entity: stripMeta<T>(row), deleted: 1 },
      );
    },
  };
}

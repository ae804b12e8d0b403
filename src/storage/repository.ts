// The single write path for synced records: validate with the domain schema, stamp each
// changed field with the device clock, keep deletes as tombstones, and queue the change in
// the outbox, all in one IndexedDB transaction so the screen confirms only what is stored.
import type { z } from 'zod';
import { stripMeta, type Stored } from '../domain/sync-meta';
import { nextStamp } from './clock';
import { database, type SyncedTableName } from './database';

export class ValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('validation failed');
    this.name = 'ValidationError';
  }
}

interface Entity {
  id: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The stored record after applying `next`, stamping only fields whose value changed. */
export function stampChanges<T extends Entity>(
  existing: Stored<T> | undefined,
  next: T,
  deleted: 0 | 1,
  stamp: string,
): Stored<T> {
  const stamps: Record<string, string> = { ...(existing?._stamps ?? {}) };
  const before = (existing ? stripMeta(existing) : {}) as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameValue(before[field], after[field])) stamps[field] = stamp;
  }
  if (!existing || existing._deleted !== deleted) stamps._deleted = stamp;
  const changed = Object.values(stamps).reduce((max, s) => (s > max ? s : max), '');
  return { ...next, _stamps: stamps, _deleted: deleted, _changed: changed } as Stored<T>;
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

export function createRepository<T extends Entity>(
  tableName: SyncedTableName,
  schema: z.ZodType<T>,
): Repository<T> {
  const table = () => database().table<Stored<T>, string>(tableName);
  const live = (rows: Stored<T>[]) => rows.filter((r) => r._deleted !== 1).map((r) => stripMeta<T>(r));

  function validate(entity: unknown): T {
    const parsed = schema.safeParse(entity);
    if (!parsed.success) throw new ValidationError(parsed.error.issues);
    return parsed.data;
  }

  async function write(entity: T, deleted: 0 | 1): Promise<void> {
    const db = database();
    await db.transaction('rw', [db.table(tableName), db.meta, db.outbox], async () => {
      const stamp = await nextStamp(db);
      const existing = await table().get(entity.id);
      const stored = stampChanges(existing, entity, deleted, stamp);
      await table().put(stored);
      await db.outbox.put({ seq: stamp, table: tableName, id: entity.id });
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
      await write(valid, 0);
      return valid;
    },
    async update(id, changes) {
      const row = await table().get(id);
      if (!row || row._deleted === 1) throw new Error(`${tableName} ${id} not found`);
      const merged = { ...stripMeta<T>(row), ...changes, id } as T;
      // Keys set to undefined mean "clear this field".
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) delete (merged as Record<string, unknown>)[key];
      }
      const valid = validate(merged);
      await write(valid, 0);
      return valid;
    },
    async remove(id) {
      const row = await table().get(id);
      if (!row || row._deleted === 1) return;
      await write(stripMeta<T>(row), 1);
    },
  };
}

// Ids for rows that have a natural key: attendance (meeting + member), "has voted" (vote or
// election + member) and candidates (election + member). Two tablets that record the same fact
// must create the same row, or no per-field merge can ever join them. So the id is a name-based
// UUID (version 5: SHA-1 of a fixed namespace and the key) instead of a random one.
// It is synchronous on purpose: a Dexie upgrade runs inside a transaction, where awaiting
// WebCrypto would commit the transaction early.
import { v5 } from 'uuid';
import type { Id } from './ids';
import { naturalKeyOf, type NaturalKeyOf, type NaturalKeyTable } from './table-registry';

/** Rådet's own namespace for name-based ids. Never change it: stored ids depend on it. */
const namespace = '6f1d2c4e-8a3b-5c7d-9e0f-1a2b3c4d5e6f';

type KeyRow<T extends NaturalKeyTable> = Record<NaturalKeyOf<T>, string>;

/** The id of the one row that may exist for this table and key. */
export function naturalKeyId<T extends NaturalKeyTable>(table: T, key: KeyRow<T>): Id {
  // The table name is part of the name, so the same pair in two tables never shares an id.
  const parts = naturalKeyOf(table).map((field) => (key as Record<string, string>)[field]!.toLowerCase());
  return v5([table, ...parts].join('/'), namespace);
}

// The media table: SQL only, always scoped to the device's own sync space.
import type { Sql } from '../db/database';

export interface StoredMedia {
  mime: string;
  bytes: Uint8Array;
}

export async function findMedia(db: Sql, spaceId: string, hash: string): Promise<StoredMedia | undefined> {
  const [row] = await db.query<StoredMedia>('select mime, bytes from media where space_id = $1 and hash = $2', [
    spaceId,
    hash,
  ]);
  return row;
}

export async function hasMedia(db: Sql, spaceId: string, hash: string): Promise<boolean> {
  const rows = await db.query('select 1 from media where space_id = $1 and hash = $2', [spaceId, hash]);
  return rows.length > 0;
}

/** Stores the file unless the space has it already; true when this call stored it. */
export async function insertMedia(
  db: Sql,
  media: { spaceId: string; hash: string; mime: string; bytes: Uint8Array },
): Promise<boolean> {
  // Two devices uploading the same file at once both get here: the second insert does nothing.
  const rows = await db.query(
    `insert into media (space_id, hash, mime, size, bytes) values ($1, $2, $3, $4, $5)
     on conflict (space_id, hash) do nothing returning hash`,
    [media.spaceId, media.hash, media.mime, media.bytes.byteLength, media.bytes],
  );
  return rows.length > 0;
}

/** Which of `hashes` the space does not hold. */
export async function missingMedia(db: Sql, spaceId: string, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const present = await db.query<{ hash: string }>(
    'select hash from media where space_id = $1 and hash = any($2::text[])',
    [spaceId, hashes],
  );
  const have = new Set(present.map((row) => row.hash));
  return hashes.filter((hash) => !have.has(hash));
}

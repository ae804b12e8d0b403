// Photos, recordings and pictogram files, addressed by the SHA-256 of their bytes: storing
// the same bytes twice is a no-op, and records refer to media only by hash.
import { database, type RaadetDatabase } from './database';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view rather than the buffer itself: some runtimes (Node 20 under jsdom) refuse an
  // ArrayBuffer created in another realm, while every one accepts a typed array.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface MediaExtras {
  /** Recordings: the part of the file that holds speech, in seconds. */
  trim?: { start: number; end: number };
}

export async function putMedia(
  bytes: ArrayBuffer,
  mime: string,
  extras: MediaExtras = {},
  db: RaadetDatabase = database(),
): Promise<string> {
  // Hash before the transaction: awaiting crypto inside it would commit it early.
  const hash = await sha256Hex(bytes);
  await db.transaction('rw', db.media, async () => {
    const existing = await db.media.get(hash);
    if (existing) {
      // Same bytes: keep the row, but learn a trim window it did not have yet.
      if (extras.trim && !existing.trim) await db.media.update(hash, { trim: extras.trim });
      return;
    }
    await db.media.put({
      hash,
      mime,
      bytes,
      size: bytes.byteLength,
      createdAt: new Date().toISOString(),
      ...(extras.trim ? { trim: extras.trim } : {}),
    });
  });
  return hash;
}

export async function getMedia(
  hash: string,
  db: RaadetDatabase = database(),
): Promise<{ bytes: ArrayBuffer; mime: string; trim?: { start: number; end: number } } | undefined> {
  const row = await db.media.get(hash);
  if (!row) return undefined;
  return row.trim ? { bytes: row.bytes, mime: row.mime, trim: row.trim } : { bytes: row.bytes, mime: row.mime };
}

/** How many bytes a stored media file takes (for staff: "the recording is 24 KB"). */
export async function mediaSize(hash: string): Promise<number | undefined> {
  return (await database().media.get(hash))?.size;
}

/** Of these hashes, the ones this device has no file for. */
export async function absentMedia(hashes: readonly string[], db: RaadetDatabase = database()): Promise<string[]> {
  const rows = await db.media.bulkGet([...hashes]);
  return hashes.filter((_, i) => !rows[i]);
}

// Photos, recordings and pictogram files, addressed by the SHA-256 of their bytes: storing
// the same bytes twice is a no-op, and records refer to media only by hash.
import { database } from './database';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view rather than the buffer itself: some runtimes (Node 20 under jsdom) refuse an
  // ArrayBuffer created in another realm, while every one accepts a typed array.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function putMedia(bytes: ArrayBuffer, mime: string): Promise<string> {
  // Hash before the transaction: awaiting crypto inside it would commit it early.
  const hash = await sha256Hex(bytes);
  const db = database();
  await db.transaction('rw', db.media, async () => {
    if (await db.media.get(hash)) return;
    await db.media.put({ hash, mime, bytes, size: bytes.byteLength, createdAt: new Date().toISOString() });
  });
  return hash;
}

export async function getMedia(hash: string): Promise<{ bytes: ArrayBuffer; mime: string } | undefined> {
  const row = await database().media.get(hash);
  return row ? { bytes: row.bytes, mime: row.mime } : undefined;
}

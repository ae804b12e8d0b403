// Photos, recordings and pictogram files, addressed by the SHA-256 of their bytes: storing
// the same bytes twice is a no-op, and records refer to media only by hash.
//
// The one gate for media: every file that reaches the media table (camera, recorder, pictogram
// picker, sync download, backup import) is first checked by `checkMedia` against the allow-list
// the sync server uses too (domain/media-types.ts, domain/svg-safety.ts). A file of another type,
// bytes that are not the type they claim, or an SVG that could run script or load something is
// refused, never stored: "open image in new tab" on a stored file must not run code in the app's
// origin. Reads check again (cheaply, without the SVG parse), so a file stored before the gate
// existed is never handed out under a type it is not.
import { hasSignatureOf, maxMediaBytes, storedMimeFor } from '../domain/media-types';
import { database, type RaadetDatabase } from './database';
import { checkSvg } from './svg-check';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view rather than the buffer itself: some runtimes (Node 20 under jsdom) refuse an
  // ArrayBuffer created in another realm, while every one accepts a typed array.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type MediaRefusal = 'unsupported-type' | 'wrong-bytes' | 'unsafe-svg' | 'too-large';
type MediaCheck = { ok: true; mime: string } | { ok: false; reason: MediaRefusal };

/** The allow-list's mime for these bytes without parsing an SVG: what a read may hand out. */
function claimedMime(bytes: ArrayBuffer, mime: string): MediaCheck {
  const claimed = storedMimeFor(mime);
  if (!claimed) return { ok: false, reason: 'unsupported-type' };
  if (claimed.type !== 'image/svg+xml' && !hasSignatureOf(claimed.type, new Uint8Array(bytes)))
    return { ok: false, reason: 'wrong-bytes' };
  return { ok: true, mime: claimed.mime };
}

/** Whether a file may be stored, and the mime to store it under (the allow-list's spelling). */
export function checkMedia(bytes: ArrayBuffer, mime: string): MediaCheck {
  if (bytes.byteLength > maxMediaBytes) return { ok: false, reason: 'too-large' };
  const claimed = claimedMime(bytes, mime);
  if (!claimed.ok || !claimed.mime.startsWith('image/svg+xml')) return claimed;
  const svg = checkSvg(new Uint8Array(bytes));
  if (!svg.ok) return { ok: false, reason: svg.reason === 'unsafe-svg' ? 'unsafe-svg' : 'wrong-bytes' };
  return claimed;
}

/** Thrown by `putMedia` for a file `checkMedia` refuses: nothing was stored. */
export class MediaRefusedError extends Error {
  constructor(readonly reason: MediaRefusal) {
    super(`Media file refused: ${reason}`);
    this.name = 'MediaRefusedError';
  }
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
  const checked = checkMedia(bytes, mime);
  if (!checked.ok) throw new MediaRefusedError(checked.reason);
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
      mime: checked.mime,
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
  // Every object URL is made from this mime: never one the allow-list does not hold.
  const checked = claimedMime(row.bytes, row.mime);
  if (!checked.ok) return undefined;
  return row.trim ? { bytes: row.bytes, mime: checked.mime, trim: row.trim } : { bytes: row.bytes, mime: checked.mime };
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

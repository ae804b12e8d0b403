// Media travel by hash beside the records that name them: uploaded before the push that names
// them (the server refuses nothing for it, but another device must find the file), downloaded
// after a pull for records this device now holds.
import { mediaHashesOf } from '../domain/media-references';
import type { SyncedTableName } from '../domain/table-registry';
import type { RaadetDatabase } from '../storage/database';
import { absentMedia, getMedia, MediaRefusedError, putMedia, sha256Hex } from '../storage/media-store';
import type { SyncHttp } from './sync-http';

interface NamedRecord {
  table: SyncedTableName;
  record: Record<string, unknown> & { _deleted?: 0 | 1 };
}

/** The hashes live records name; a deleted record needs no pictures. */
export function namedMedia(records: Iterable<NamedRecord>): string[] {
  const hashes = new Set<string>();
  for (const { table, record } of records) {
    if (record._deleted === 1) continue;
    for (const hash of mediaHashesOf(table, record)) hashes.add(hash);
  }
  return [...hashes];
}

const missingQuestionSize = 500;

export async function uploadMissingMedia(db: RaadetDatabase, http: SyncHttp, hashes: string[]): Promise<void> {
  // The server answers at most this many hashes per question.
  for (let start = 0; start < hashes.length; start += missingQuestionSize) {
    for (const hash of await http.missingMedia(hashes.slice(start, start + missingQuestionSize))) {
      // A file this device never had (a record pulled before its picture) cannot be sent from here.
      const file = await getMedia(hash, db);
      if (file) await http.uploadMedia(hash, file.bytes, file.mime);
    }
  }
}

export async function downloadMissingMedia(db: RaadetDatabase, http: SyncHttp, hashes: string[]): Promise<void> {
  for (const hash of await absentMedia(hashes, db)) {
    const file = await http.downloadMedia(hash);
    // Content-addressed: bytes that do not hash to the name are not that file.
    if (!file || (await sha256Hex(file.bytes)) !== hash) continue;
    try {
      await putMedia(file.bytes, file.mime, {}, db);
    } catch (error) {
      // A file the media gate refuses stays missing here (its picture shows as absent); the
      // server runs the same check, so only a server that skipped it can send one.
      if (!(error instanceof MediaRefusedError)) throw error;
    }
  }
}

// Export everything to one JSON file and import it again. Import checks the whole file
// before writing anything (schemas, media hashes, and that no stamp comes from a clock too far
// ahead), then merges record by record with the same per-field rule the sync uses, so
// restoring an older backup never overwrites newer edits. A merged record the schema refuses
// is not stored: the local record stays and the incoming copy is kept as a conflict.
import { backupEnvelopeSchema, backupFormat, backupSchema, backupVersion, type Backup } from '../domain/backup';
import { checkStamps } from '../domain/clock-safety';
import { syncMetaSchema } from '../domain/sync-meta';
import { backupTableNames, repairOf, schemaOf, type BackupTableName } from '../domain/table-registry';
import Dexie from 'dexie';
import { observeStamp } from './clock';
import { mergeNaturalKeyDuplicates } from './natural-key-upgrade';
import { database } from './database';
import { checkMedia, sha256Hex, type MediaRefusal } from './media-store';
import { queueUnstamped } from './outbox';
import { sameStamps, storeIncomingRecord, type StoredRow } from './incoming-record';

export type ImportRefusal =
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'corrupt'
  | 'future-stamps'
  /** The file was accepted, but the tablet had no room to store it (nothing was stored). */
  | 'storage-full'
  /** The file was accepted, but storing it failed for another reason (nothing was stored). */
  | 'store-failed'
  /** The file would re-open, alter or delete a closed vote, a held election or a has-voted row. */
  | 'alters-closed-vote';
export type ImportOutcome =
  /**
   * `conflicts`: incoming records whose merge the schema refused, kept in the conflicts table.
   * `ballotsLeftOut`: secret ballots and evaluation answers in a file from before issue 14,
   * which a restore never stores (a file must not add ballots to a vote).
   */
  | { ok: true; records: number; media: number; conflicts: number; ballotsLeftOut: number }
  /** The furthest-ahead stamp's time (ISO), so staff can see which date the other clock had. */
  | { ok: false; reason: 'future-stamps'; newestAt: string }
  /** A media file the media gate refuses (media-store.ts): its place in the file and why. */
  | { ok: false; reason: 'refused-media'; mediaNumber: number; refusal: MediaRefusal }
  | { ok: false; reason: Exclude<ImportRefusal, 'future-stamps'> };

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export async function exportBackup(now = new Date()): Promise<Backup> {
  const db = database();
  const tables = {} as Backup['tables'];
  for (const name of backupTableNames) {
    tables[name] = (await db.table(name).toArray()) as Record<string, unknown>[];
  }
  const media = (await db.media.toArray()).map((m) => ({
    hash: m.hash,
    mime: m.mime,
    data: toBase64(m.bytes),
    ...(m.trim ? { trim: m.trim } : {}),
  }));
  return { format: backupFormat, version: backupVersion, exportedAt: now.toISOString(), tables, media };
}

export async function exportBackupText(now = new Date()): Promise<string> {
  return JSON.stringify(await exportBackup(now));
}

/**
 * A stamp names a record field. `constructor`, `toString` and the like name no field, and as
 * keys they reach into every object's prototype in the merge code: a file with them is corrupt.
 * (`__proto__` never gets this far: zod's record drops it.)
 */
function isFieldName(key: string): boolean {
  return key !== '__proto__' && !(key in Object.prototype);
}

function* stampsOf(rows: Record<BackupTableName, StoredRow[]>): Generator<string> {
  for (const name of backupTableNames) {
    for (const row of rows[name]) {
      yield* Object.values(row._stamps);
      // A record with no stamps has an empty `_changed`; anything else must be a stamp too.
      if (row._changed !== '') yield row._changed;
    }
  }
}

async function checkBackup(
  text: string,
  nowMs: number,
): Promise<
  | {
      ok: true;
      rows: Record<BackupTableName, StoredRow[]>;
      ballotsLeftOut: number;
      media: { hash: string; mime: string; bytes: ArrayBuffer; trim?: { start: number; end: number } }[];
    }
  | Extract<ImportOutcome, { ok: false }>
> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const envelope = backupEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'foreign' };
  if (envelope.data.version > backupVersion) return { ok: false, reason: 'newer-version' };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'corrupt' };

  const rows = {} as Record<BackupTableName, StoredRow[]>;
  for (const name of backupTableNames) {
    rows[name] = [];
    for (const raw of parsed.data.tables[name]) {
      const meta = syncMetaSchema.safeParse(raw);
      const { _stamps, _deleted, _changed, ...entity } = raw;
      void _stamps;
      void _deleted;
      void _changed;
      const valid = schemaOf(name).safeParse(repairOf(name)?.(entity) ?? entity);
      if (!meta.success || !valid.success || !Object.keys(meta.data._stamps).every(isFieldName)) {
        return { ok: false, reason: 'corrupt' };
      }
      rows[name].push({ ...(valid.data as { id: string }), ...meta.data });
    }
  }
  // One stamp from a clock far ahead would win every merge until real time caught up, and
  // would move this device's clock into the future for good: refuse the whole file.
  const stamps = checkStamps(stampsOf(rows), nowMs);
  if (!stamps.ok && stamps.reason === 'malformed') return { ok: false, reason: 'corrupt' };
  if (!stamps.ok) return { ok: false, reason: 'future-stamps', newestAt: new Date(stamps.furthestMs).toISOString() };
  // Ballots in an older file are not checked, only counted: they are never stored.
  const ballotsLeftOut = Object.values(parsed.data.plainTables ?? {}).reduce((sum, rows) => sum + rows.length, 0);
  const media = [];
  for (const m of parsed.data.media) {
    let bytes: ArrayBuffer;
    try {
      bytes = fromBase64(m.data);
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
    if ((await sha256Hex(bytes)) !== m.hash) return { ok: false, reason: 'corrupt' };
    const gate = checkMedia(bytes, m.mime);
    if (!gate.ok) return { ok: false, reason: 'refused-media', mediaNumber: media.length + 1, refusal: gate.reason };
    media.push({ hash: m.hash, mime: gate.mime, bytes, ...(m.trim ? { trim: m.trim } : {}) });
  }
  return { ok: true, rows, ballotsLeftOut, media };
}

/**
 * A restore counts as a local edit for the change feed: every record it adds or changes is
 * queued in the outbox (so a tablet restored after a reset sends what it brought back), but
 * keeps the stamps from the file (so an old value never starts winning merges).
 */
export async function importBackupText(text: string, nowMs = Date.now()): Promise<ImportOutcome> {
  const checked = await checkBackup(text, nowMs);
  if (!checked.ok) return checked;
  try {
    return await storeBackup(checked, nowMs);
  } catch (error) {
    if (error instanceof SealedRecordChange) return { ok: false, reason: 'alters-closed-vote' };
    // Everything is stored in one transaction, so a failure (a full tablet, a record the
    // database cannot take) stores nothing: the screen can say so instead of going quiet.
    return { ok: false, reason: isQuotaError(error) ? 'storage-full' : 'store-failed' };
  }
}

/**
 * A closed vote, a counted or applied election and a has-voted row are final: a file may not
 * re-open, alter or delete them (a changed winner, erased voters). Such a file is refused as a
 * whole rather than stored without those records, because it is either hostile or broken, and
 * "this file was not loaded, it would change a finished vote" is clearer for staff than a
 * restore that silently kept half of it. Throwing inside the transaction undoes what it wrote.
 */
class SealedRecordChange extends Error {}

function isSealed(table: BackupTableName, existing: StoredRow): boolean {
  const row = existing as StoredRow & { status?: string };
  if (table === 'hasVoted') return existing._deleted === 0;
  if (table === 'votes') return row.status === 'closed' && existing._deleted === 0;
  if (table === 'elections') return (row.status === 'counted' || row.status === 'applied') && existing._deleted === 0;
  return false;
}

/** Dexie passes the browser's QuotaExceededError on under that name, sometimes as `inner`. */
function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  return names.includes('QuotaExceededError') || names.includes('QuotaError');
}

async function storeBackup(
  checked: Extract<Awaited<ReturnType<typeof checkBackup>>, { ok: true }>,
  nowMs: number,
): Promise<ImportOutcome> {
  const db = database();
  let records = 0;
  let conflicts = 0;
  let newestStamp = '';
  const at = new Date(nowMs).toISOString();
  const tables = backupTableNames.map((n) => db.table(n));
  // Ballots are never written from the file, but merging renamed candidates (below) renames
  // the choices of this tablet's own ballots, so their table is part of the transaction.
  await db.transaction('rw', [...tables, db.secretBallots, db.media, db.meta, db.conflicts, db.outbox], async () => {
    for (const name of backupTableNames) {
      for (const row of checked.rows[name]) {
        for (const stamp of Object.values(row._stamps)) if (stamp > newestStamp) newestStamp = stamp;
        const outcome = await storeIncomingRecord(db, name, row, at);
        if (!outcome.ok) {
          conflicts += 1;
          continue;
        }
        if (outcome.existing && isSealed(name, outcome.existing) && !sameStamps(outcome.existing, outcome.merged)) {
          throw new SealedRecordChange();
        }
        if (!outcome.existing || !sameStamps(outcome.existing, outcome.merged)) {
          await queueUnstamped(db, name, row.id, outcome.existing?._stamps);
        }
        records += 1;
      }
    }
    // Stamps in the file may be ahead of this device's clock (another tablet, a fast clock):
    // move past them, or the next local edit would lose to the restored value.
    // (Every stamp was checked above, so none is too far ahead.)
    if (newestStamp) await observeStamp(db, newestStamp, nowMs);
    // A backup from before natural-key ids (schema version 6) brings rows with random ids for
    // facts this device already holds under the derived id: merge them the same way.
    await mergeNaturalKeyDuplicates(Dexie.currentTransaction);
    for (const m of checked.media) {
      if (!(await db.media.get(m.hash))) {
        await db.media.put({ ...m, size: m.bytes.byteLength, createdAt: new Date().toISOString() });
      }
    }
  });
  return { ok: true, records, media: checked.media.length, conflicts, ballotsLeftOut: checked.ballotsLeftOut };
}

import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFormat, backupVersion, type Backup } from '../domain/backup';
import { backupTableNames } from '../domain/table-registry';
import { unitOf } from '../domain/field-groups';
import { fieldGroupsOf } from '../domain/table-registry';
import { formatStamp, parseStamp } from '../domain/hlc';
import { newId } from '../domain/ids';
import { naturalKeyId } from '../domain/natural-key-id';
import type { Meeting } from '../domain/meeting';
import { freshDatabase } from '../testing/render';
import { exportBackup, exportBackupText, importBackupText } from './backup-file';
import { setDatabase, type RaadetDatabase } from './database';
import { getMedia, putMedia } from './media-store';
import { agendaItems, attendance, councils, facilities, hasVoted, meetings, members, votes } from './repositories';

const cleanup: RaadetDatabase[] = [];
beforeEach(() => () => Promise.all(cleanup.splice(0).map((db) => db.delete())).then(() => undefined));

function open(): RaadetDatabase {
  const db = freshDatabase();
  cleanup.push(db);
  return db;
}

/** Everything in the database, table by table, for before/after comparisons. */
async function dump(db: RaadetDatabase) {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    result[table.name] = rows.map((row: Record<string, unknown>) =>
      row.bytes instanceof ArrayBuffer || Object.prototype.toString.call(row.bytes) === '[object ArrayBuffer]'
        ? { ...row, bytes: Array.from(new Uint8Array(row.bytes as ArrayBuffer)) }
        : row,
    );
  }
  return result;
}

/** Records only (no clock, no outbox): what a restore must bring back. */
async function records(db: RaadetDatabase) {
  const all = await dump(db);
  // A media row's createdAt is when this device stored it; it is not part of a backup.
  const media = (all.media as Record<string, unknown>[]).map(({ createdAt, ...row }) => (void createdAt, row));
  // Every table the database really has, not the list the export uses: a table the export
  // forgot makes this differ after a restore.
  const kept = Object.entries(all).filter(([name]) => !notInBackups.includes(name) && name !== 'media');
  return { ...Object.fromEntries(kept), media };
}

/** What a backup leaves out on purpose: the clock and settings, the change feed, refused merges, and ballots and answers (issue 14). */
const notInBackups = ['meta', 'outbox', 'conflicts', 'secretBallots', 'evaluationAnswers'];

async function seed() {
  const facilityId = newId();
  await facilities.save({ id: facilityId, name: 'Solgården', kind: 'residential' });
  const councilId = newId();
  await councils.save({ id: councilId, facilityId, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 });
  const photo = await putMedia(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]).buffer, 'image/png');
  const memberId = newId();
  await members.save({ id: memberId, councilId, displayName: 'Anna', role: 'resident', photo, photoConsent: true });
  const meeting: Meeting = {
    id: newId(),
    councilId,
    title: 'Forårsmøde',
    startsAt: '2025-03-04T10:00:00.000Z',
    endsAt: '2025-03-04T11:00:00.000Z',
    location: 'Fælleshuset',
    isOpen: false,
    status: 'planned',
  };
  await meetings.save(meeting);
  const itemId = newId();
  await agendaItems.save({
    id: itemId,
    meetingId: meeting.id,
    kind: 'information',
    title: 'Velkommen',
    plannedMinutes: 5,
    order: 1,
  });
  // Attendance has the id derived from meeting and member, as every row written since version 6.
  await attendance.save({
    id: naturalKeyId('attendance', { meetingId: meeting.id, memberId }),
    meetingId: meeting.id,
    memberId,
    present: true,
  });
  const removedId = newId();
  await agendaItems.save({
    id: removedId,
    meetingId: meeting.id,
    kind: 'break',
    title: 'Pause',
    plannedMinutes: 10,
    order: 2,
  });
  await agendaItems.remove(removedId);
  return { meeting, photo, removedId };
}

/** The backup as if written by a tablet whose clock ran `aheadMs` ahead of this one. */
function shiftStamps(backup: Backup, aheadMs: number): Backup {
  const ahead = (stamp: string) => {
    const state = parseStamp(stamp)!;
    return formatStamp({ ...state, wallMs: state.wallMs + aheadMs, node: 'fastclock' });
  };
  for (const name of backupTableNames) {
    for (const row of backup.tables[name]) {
      const stamps = row._stamps as Record<string, string>;
      for (const field of Object.keys(stamps)) stamps[field] = ahead(stamps[field]!);
      row._changed = ahead(row._changed as string);
    }
  }
  return backup;
}

describe('backup file', () => {
  it('restores every record, tombstone and media file into an empty database', async () => {
    const source = open();
    const { meeting, photo, removedId } = await seed();
    const before = await records(source);
    const text = await exportBackupText();

    const target = open();
    const outcome = await importBackupText(text);
    expect(outcome).toEqual({ ok: true, records: 7, media: 1, conflicts: 0, ballotsLeftOut: 0 });
    expect(await records(target)).toEqual(before);
    expect(await meetings.get(meeting.id)).toEqual(meeting);
    expect(await agendaItems.get(removedId)).toBeUndefined();
    expect(Array.from(new Uint8Array((await getMedia(photo))!.bytes))).toEqual([
      137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3,
    ]);
  });

  it('writes a file that says what it is', async () => {
    open();
    await seed();
    const backup = JSON.parse(await exportBackupText(new Date('2025-03-05T12:00:00.000Z'))) as Record<string, unknown>;
    expect(backup).toMatchObject({
      format: backupFormat,
      version: backupVersion,
      exportedAt: '2025-03-05T12:00:00.000Z',
    });
    expect(Object.keys(backup.tables as object).sort()).toEqual([...backupTableNames].sort());
  });

  it('holds every table of the database except what is left out on purpose', async () => {
    const db = open();
    await seed();
    const backup = JSON.parse(await exportBackupText()) as Backup;
    const inFile = [...Object.keys(backup.tables), 'media'];
    const leftOut = db.tables.map((table) => table.name).filter((name) => !inFile.includes(name));
    expect(leftOut.sort()).toEqual([...notInBackups].sort());
  });

  it('does not duplicate anything when the same file is imported twice', async () => {
    open();
    await seed();
    const text = await exportBackupText();
    const target = open();
    expect((await importBackupText(text)).ok).toBe(true);
    const once = await records(target);
    expect((await importBackupText(text)).ok).toBe(true);
    expect(await records(target)).toEqual(once);
  });

  it('changes nothing when a database imports its own backup', async () => {
    const db = open();
    await seed();
    const before = await records(db);
    expect((await importBackupText(await exportBackupText())).ok).toBe(true);
    expect(await records(db)).toEqual(before);
  });

  it('keeps newer local edits when an older backup is imported', async () => {
    open();
    const { meeting } = await seed();
    const oldBackup = await exportBackupText();
    await meetings.update(meeting.id, { title: 'Sommermøde' });
    expect((await importBackupText(oldBackup)).ok).toBe(true);
    expect((await meetings.get(meeting.id))!.title).toBe('Sommermøde');
  });

  it('merges field by field: newer fields from the backup, newer fields kept locally', async () => {
    const here = open();
    const { meeting } = await seed();
    const shared = await exportBackupText();

    // Another tablet restores the backup and moves the meeting.
    open();
    await importBackupText(shared);
    await meetings.update(meeting.id, { location: 'Haven' });
    const fromOtherTablet = await exportBackupText();

    // Meanwhile this tablet renamed it.
    setDatabase(here);
    await meetings.update(meeting.id, { title: 'Sommermøde' });
    expect((await importBackupText(fromOtherTablet)).ok).toBe(true);
    expect(await meetings.get(meeting.id)).toMatchObject({ title: 'Sommermøde', location: 'Haven' });
  });

  it('keeps stamping later than anything it imported, so local edits after a restore still win', async () => {
    open();
    const { meeting } = await seed();
    // The backup came from a tablet whose clock runs 4 minutes ahead (within the allowance).
    const text = JSON.stringify(shiftStamps(await exportBackup(), 4 * 60_000));

    open();
    expect((await importBackupText(text)).ok).toBe(true);
    await meetings.update(meeting.id, { title: 'Rettet efter gendannelse' });
    // Importing the same file again must not undo the edit made after the restore.
    expect((await importBackupText(text)).ok).toBe(true);
    expect((await meetings.get(meeting.id))!.title).toBe('Rettet efter gendannelse');
  });

  describe('restore writes outbox rows', () => {
    /** Every synced record in the database, as `table:id`. */
    async function syncedKeys(db: RaadetDatabase) {
      const keys: string[] = [];
      for (const name of backupTableNames)
        for (const row of await db.table(name).toArray()) keys.push(`${name}:${(row as { id: string }).id}`);
      return keys.sort();
    }
    const queued = async (db: RaadetDatabase) =>
      [...new Set((await db.outbox.toArray()).map((r) => `${r.table}:${r.id}`))].sort();

    it('queues every restored record, tombstones included, with the stamps from the file', async () => {
      const source = open();
      await seed();
      const before = await records(source);
      const text = await exportBackupText();

      // A tablet reset and restored: when sync exists it must send what it brought back.
      const target = open();
      expect((await importBackupText(text)).ok).toBe(true);
      expect(await queued(target)).toEqual(await syncedKeys(target));
      expect(await queued(target)).toHaveLength(7);
      // Queued, not re-stamped: the original stamps travel, so old values do not start winning.
      expect(await records(target)).toEqual(before);
    });

    it('queues a record the backup changed, and nothing for what it left as it was', async () => {
      const here = open();
      const { meeting } = await seed();
      const shared = await exportBackupText();
      open();
      await importBackupText(shared);
      await meetings.update(meeting.id, { location: 'Haven' });
      const fromOtherTablet = await exportBackupText();

      setDatabase(here);
      const seqsBefore = new Set((await here.outbox.toArray()).map((r) => r.seq));
      expect((await importBackupText(fromOtherTablet)).ok).toBe(true);
      const added = (await here.outbox.toArray()).filter((r) => !seqsBefore.has(r.seq));
      expect(added.map((r) => `${r.table}:${r.id}`)).toEqual([`meetings:${meeting.id}`]);
    });

    it('queues the merge of random-id attendance from an old backup into the derived row', async () => {
      const db = open();
      const { meeting } = await seed();
      const backup = await exportBackup();
      // The same presence as an older app version stored it: a random id, and marked absent later.
      const [row] = backup.tables.attendance as Record<string, unknown>[];
      const stored = parseStamp(row!._changed as string)!;
      const later = formatStamp({ ...stored, wallMs: stored.wallMs + 1, counter: 0 });
      const oldId = newId();
      backup.tables.attendance.push({
        ...row!,
        id: oldId,
        present: false,
        _stamps: { ...(row!._stamps as object), present: later },
        _changed: later,
      });
      const derivedId = naturalKeyId('attendance', { meetingId: meeting.id, memberId: row!.memberId as string });

      const seqsBefore = new Set((await db.outbox.toArray()).map((r) => r.seq));
      expect((await importBackupText(JSON.stringify(backup))).ok).toBe(true);
      const added = (await db.outbox.toArray()).filter((r) => !seqsBefore.has(r.seq)).map((r) => `${r.table}:${r.id}`);
      // The random-id row as restored, the derived row it merged into, and the random-id row's tombstone.
      expect(added.sort()).toEqual([`attendance:${derivedId}`, `attendance:${oldId}`, `attendance:${oldId}`].sort());
      expect((await attendance.get(derivedId))!.present).toBe(false);
      expect(await attendance.get(oldId)).toBeUndefined();
    });

    it('queues nothing when a database imports its own backup', async () => {
      const db = open();
      await seed();
      const before = await db.outbox.count();
      expect((await importBackupText(await exportBackupText())).ok).toBe(true);
      expect(await db.outbox.count()).toBe(before);
    });
  });

  describe('refusals leave the database exactly as it was', () => {
    async function goodBackup() {
      const source = open();
      await seed();
      const backup = await exportBackup();
      await source.delete();
      return backup;
    }

    async function expectRefused(text: string, reason: string) {
      const db = open();
      await seed();
      const before = await dump(db);
      expect(await importBackupText(text)).toEqual({ ok: false, reason });
      expect(await dump(db)).toEqual(before);
    }

    it.each([
      { name: 'an empty file', text: '' },
      { name: 'plain text', text: 'Referat fra mødet' },
      { name: 'cut-off JSON', text: '{"format":"raadet-backup","version":1,' },
    ])('refuses $name as not JSON', async ({ text }) => {
      await expectRefused(text, 'not-json');
    });

    it.each([
      { name: 'another JSON object', text: '{"hello":1}' },
      { name: 'a package.json', text: readFileSync('package.json', 'utf8') },
      { name: 'a JSON array', text: '[1,2,3]' },
      { name: 'null', text: 'null' },
      { name: 'a file with version 0', text: JSON.stringify({ format: backupFormat, version: 0 }) },
    ])('refuses $name as foreign', async ({ text }) => {
      await expectRefused(text, 'foreign');
    });

    it('refuses a backup from a newer version of the app', async () => {
      const backup = await goodBackup();
      await expectRefused(JSON.stringify({ ...backup, version: 99 }), 'newer-version');
    });

    // A backup as loose JSON, so a test can break it in any way a damaged file could be.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Loose = Record<string, any>;
    const corruptions: { name: string; spoil: (backup: Loose) => void }[] = [
      {
        name: 'a meeting that ends before it starts',
        spoil: (b) => {
          b.tables.meetings[0].endsAt = '2025-03-04T09:00:00.000Z';
        },
      },
      {
        name: 'a media file whose bytes do not match its hash',
        spoil: (b) => {
          b.media[0].data = btoa('something else');
        },
      },
      {
        name: 'a media file that is not base64',
        spoil: (b) => {
          b.media[0].data = '***not base64***';
        },
      },
      {
        name: 'a missing table',
        spoil: (b) => {
          delete b.tables.votes;
        },
      },
      {
        name: 'no tables at all',
        spoil: (b) => {
          delete b.tables;
        },
      },
      {
        name: 'a record without sync stamps',
        spoil: (b) => {
          delete b.tables.councils[0]._stamps;
        },
      },
      {
        name: 'a record with a broken id',
        spoil: (b) => {
          b.tables.members[0].id = 42;
        },
      },
      {
        name: 'a valid first table and a bad last one',
        spoil: (b) => {
          b.tables.ballots.push({ id: 'x', voteId: 'y', choice: 'maybe', _stamps: {}, _deleted: 0, _changed: '' });
        },
      },
    ];

    it.each(corruptions)('refuses a backup with $name as corrupt', async ({ spoil }) => {
      const backup = (await goodBackup()) as unknown as Loose;
      spoil(backup);
      await expectRefused(JSON.stringify(backup), 'corrupt');
    });
  });
});

describe('backup of recordings', () => {
  it('keeps a recording with its mime type and trim window', async () => {
    open();
    const hash = await putMedia(new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]).buffer, 'audio/mp4;codecs=opus', {
      trim: { start: 0.4, end: 6.2 },
    });
    const text = await exportBackupText();
    open();
    expect(await importBackupText(text)).toMatchObject({ ok: true, media: 1 });
    expect(await getMedia(hash)).toMatchObject({ mime: 'audio/mp4;codecs=opus', trim: { start: 0.4, end: 6.2 } });
  });
});

describe('backup of secret ballots and older files', () => {
  async function closedSecretVote(meetingId: string, agendaItemId: string) {
    const vote = await votes.save({
      id: newId(),
      meetingId,
      agendaItemId,
      question: 'Skal vi have kage?',
      kind: 'yes-no',
      mode: 'secret',
      status: 'closed',
      tally: { counts: { yes: 2, no: 1, 'dont-know': 0 }, ballotCount: 3, assistedCount: 0 },
    });
    return vote;
  }

  it('holds no secret ballot or evaluation answer, during a vote or after it', async () => {
    const db = open();
    const { meeting } = await seed();
    const running = newId();
    // Ballots of a running vote (between voters) and of a closed one, and an evaluation answer.
    await db.secretBallots.bulkAdd([
      { id: newId(), voteId: running, choice: 'yes' },
      { id: newId(), voteId: running, choice: 'no' },
    ]);
    await db.evaluationAnswers.add({ id: newId(), evaluationId: newId(), question: 'meeting', value: 2 });
    const text = await exportBackupText();
    const backup = JSON.parse(text) as Record<string, unknown>;
    expect(backup.plainTables).toBeUndefined();
    expect(text).not.toContain(running);
    expect(text).not.toContain('"choice"');
    expect(meeting.id).toBeTruthy();
  });

  it('never stores ballots from an older file: extra ballots cannot change a closed vote', async () => {
    const db = open();
    const { meeting } = await seed();
    const itemId = (await agendaItems.all())[0]!.id;
    const vote = await closedSecretVote(meeting.id, itemId);
    const backup = JSON.parse(await exportBackupText()) as Record<string, unknown>;
    // 8 ballots for a vote 3 people closed, as a file from before issue 14 (or a hostile one) holds them.
    backup.plainTables = {
      secretBallots: Array.from({ length: 8 }, () => ({ id: newId(), voteId: vote.id, choice: 'no' })),
      evaluationAnswers: [],
    };
    const before = await records(db);
    expect(await importBackupText(JSON.stringify(backup))).toMatchObject({ ok: true, ballotsLeftOut: 8 });
    expect(await db.secretBallots.count()).toBe(0);
    expect(await records(db)).toEqual(before);
    expect((await votes.get(vote.id))?.tally).toEqual(vote.tally);
  });

  it.each([
    {
      name: 're-opens the vote',
      // An open secret vote has no tally, so a re-opening file drops it too.
      change: (row: Record<string, unknown>) => ({ ...row, status: 'open', tally: undefined }),
      table: 'votes',
    },
    {
      name: 'changes its tally',
      change: (row: Record<string, unknown>) => ({
        ...row,
        tally: { counts: { yes: 0, no: 3, 'dont-know': 0 }, ballotCount: 3, assistedCount: 0 },
      }),
      table: 'votes',
    },
    { name: 'deletes the vote', change: (row: Record<string, unknown>) => ({ ...row, _deleted: 1 }), table: 'votes' },
    {
      name: 'erases who has voted',
      change: (row: Record<string, unknown>) => ({ ...row, _deleted: 1 }),
      table: 'hasVoted',
    },
  ] as const)('refuses a file that $name of a closed secret vote, and changes nothing', async ({ change, table }) => {
    const db = open();
    const { meeting } = await seed();
    const itemId = (await agendaItems.all())[0]!.id;
    const vote = await closedSecretVote(meeting.id, itemId);
    const memberId = (await members.all())[0]!.id;
    await hasVoted.save({
      id: naturalKeyId('hasVoted', { voteId: vote.id, memberId }),
      voteId: vote.id,
      memberId,
      assisted: false,
    });
    const backup = await exportBackup();
    // The file's copy is newer than the tablet's, as a hostile or later-edited file would be.
    const later = formatStamp({ wallMs: Date.now(), counter: 9, node: 'other' });
    backup.tables[table] = backup.tables[table].map((row) => {
      const changed = change(row);
      const stamps = Object.fromEntries(
        Object.keys({ ...(row._stamps as object), ...changed })
          .filter((k) => !k.startsWith('_'))
          .map((k) => [k, later]),
      );
      return { ...changed, _stamps: stamps, _changed: later };
    });
    const before = await records(db);
    expect(await importBackupText(JSON.stringify(backup))).toEqual({ ok: false, reason: 'alters-closed-vote' });
    expect(await records(db)).toEqual(before);
  });

  it('says the tablet is full, and stores nothing, when the database has no room', async () => {
    open();
    await seed();
    const text = await exportBackupText();
    const db = open();
    const before = await dump(db);
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.media, 'put').mockRejectedValue(full);
    try {
      expect(await importBackupText(text)).toEqual({ ok: false, reason: 'storage-full' });
    } finally {
      spy.mockRestore();
    }
    expect(await dump(db)).toEqual(before);
  });

  it('answers a failure to store with a message, never an uncaught error', async () => {
    open();
    await seed();
    const text = await exportBackupText();
    const db = open();
    const before = await dump(db);
    const spy = vi.spyOn(db.media, 'put').mockRejectedValue(new TypeError('cannot store'));
    try {
      expect(await importBackupText(text)).toEqual({ ok: false, reason: 'store-failed' });
    } finally {
      spy.mockRestore();
    }
    expect(await dump(db)).toEqual(before);
  });

  it('imports a facility whose website an older version stored unchecked, dropping only the broken address', async () => {
    open();
    await seed();
    const backup = JSON.parse(await exportBackupText()) as Record<string, Record<string, Record<string, unknown>[]>>;
    backup.tables!.facilities![0]!.website = 'ikke en adresse';
    open();
    expect(await importBackupText(JSON.stringify(backup))).toMatchObject({ ok: true });
    const [facility] = await facilities.all();
    expect(facility).toMatchObject({ name: 'Solgården' });
    expect(facility?.website).toBeUndefined();
  });

  it('imports a file written before the later tables existed', async () => {
    open();
    await seed();
    const backup = JSON.parse(await exportBackupText()) as Record<string, Record<string, unknown[]>>;
    for (const name of ['pictogramUsage', 'evaluations', 'hasVoted', 'elections', 'candidates'])
      delete backup.tables![name];
    delete backup.plainTables;
    open();
    expect(await importBackupText(JSON.stringify(backup))).toMatchObject({ ok: true });
    expect((await facilities.all()).map((f) => f.name)).toEqual(['Solgården']);
  });
});

/** Adds a stamp under `key` (a string, so the prototype's own member types do not get in the way). */
function stampAs(stamps: Record<string, string>, key: string) {
  stamps[key] = stamps.title!;
}

describe('backups from a clock far ahead', () => {
  it.each([
    { name: '6 minutes', aheadMs: 6 * 60_000 },
    { name: 'a day', aheadMs: 86_400_000 },
    { name: 'a year', aheadMs: 365 * 86_400_000 },
  ])('refuses a backup from a tablet whose clock runs $name ahead, and changes nothing', async ({ aheadMs }) => {
    open();
    await seed();
    const backup = shiftStamps(await exportBackup(), aheadMs);
    const nowMs = Date.now();
    const db = open();
    const { meeting } = await seed();
    await meetings.update(meeting.id, { title: 'Sommermøde' });
    const clockBefore = await db.meta.get('hlc');
    const before = await dump(db);

    const outcome = await importBackupText(JSON.stringify(backup), nowMs);
    expect(outcome).toMatchObject({ ok: false, reason: 'future-stamps' });
    // The newest stamp's time is given, so staff can see which date the other clock had.
    const newestAt = Date.parse((outcome as { newestAt: string }).newestAt);
    expect(newestAt).toBeGreaterThan(nowMs + aheadMs - 60_000);
    expect(await dump(db)).toEqual(before);
    expect(await db.meta.get('hlc')).toEqual(clockBefore);
  });

  it('refuses the whole file when only one stamp in its last table is far ahead', async () => {
    open();
    await seed();
    const backup = await exportBackup();
    const yearAhead = formatStamp({ wallMs: Date.now() + 365 * 86_400_000, counter: 0, node: 'fastclock' });
    const item = backup.tables.agendaItems.at(-1)!;
    (item._stamps as Record<string, string>).title = yearAhead;
    item._changed = yearAhead;
    const db = open();
    const before = await dump(db);
    expect(await importBackupText(JSON.stringify(backup))).toMatchObject({ ok: false, reason: 'future-stamps' });
    expect(await dump(db)).toEqual(before);
    expect(await db.meta.get('hlc')).toBeUndefined();
  });

  it.each([
    {
      name: 'a megabyte-long stamp',
      edit: (stamps: Record<string, string>) => (stamps.title += 'a'.repeat(1_000_000)),
    },
    { name: 'a stamp keyed "constructor"', edit: (stamps: Record<string, string>) => stampAs(stamps, 'constructor') },
    { name: 'a stamp keyed "toString"', edit: (stamps: Record<string, string>) => stampAs(stamps, 'toString') },
  ])('refuses $name as corrupt, and changes nothing', async ({ edit }) => {
    open();
    await seed();
    const backup = await exportBackup();
    const stamps = { ...(backup.tables.meetings[0]!._stamps as Record<string, string>) };
    edit(stamps);
    backup.tables.meetings[0]!._stamps = stamps;
    const db = open();
    const before = await dump(db);
    expect(await importBackupText(JSON.stringify(backup))).toEqual({ ok: false, reason: 'corrupt' });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a stamp that is not a clock stamp as corrupt (it would win every merge)', async () => {
    open();
    await seed();
    const backup = await exportBackup();
    (backup.tables.meetings[0]!._stamps as Record<string, string>).title = 'zzzz';
    const db = open();
    const before = await dump(db);
    expect(await importBackupText(JSON.stringify(backup))).toEqual({ ok: false, reason: 'corrupt' });
    expect(await dump(db)).toEqual(before);
  });
});

describe('merges the schema refuses', () => {
  /**
   * The shared backup, edited as another tablet would, with stamps a minute newer than ours.
   * Like every write, the edit stamps the whole field group it touches (field-groups.ts).
   */
  function editedElsewhere(
    backup: Backup,
    table: 'meetings' | 'members' | 'votes',
    changes: Record<string, unknown>,
  ): Backup {
    const later = formatStamp({ wallMs: Date.now() + 60_000, counter: 0, node: 'othertab' });
    const row = backup.tables[table].find((r) => r.id === changes.id) ?? backup.tables[table][0]!;
    Object.assign(row, changes);
    for (const field of Object.keys(changes)) {
      for (const member of unitOf(field, fieldGroupsOf(table))) (row._stamps as Record<string, string>)[member] = later;
    }
    row._changed = later;
    return backup;
  }

  it('keeps a vote whose result no longer fits its options as a conflict, and the local vote unchanged', async () => {
    const db = open();
    const { meeting } = await seed();
    const itemId = (await db.agendaItems.toArray())[0]!.id;
    const voteId = newId();
    const options = [
      { id: 'zoo', label: 'Zoo', picture: { type: 'pictogram' as const, id: 'pet' } },
      { id: 'skov', label: 'Skoven', picture: { type: 'pictogram' as const, id: 'tree' } },
    ];
    await votes.save({
      id: voteId,
      meetingId: meeting.id,
      agendaItemId: itemId,
      question: 'Hvor skal vi hen?',
      kind: 'choose-one',
      mode: 'secret',
      status: 'open',
      options,
    });
    const shared = await exportBackup();
    // Here the secret vote closes with its tally; the other tablet meanwhile changed the options.
    await votes.update(voteId, {
      status: 'closed',
      tally: { counts: { zoo: 2, skov: 1 }, ballotCount: 3, assistedCount: 0 },
    });
    const localBefore = await db.votes.toArray();
    const elsewhere = {
      id: voteId,
      options: [{ id: 'hav', label: 'Havet', picture: { type: 'pictogram' as const, id: 'swimming' } }, options[1]!],
    };
    const incoming = editedElsewhere(shared, 'votes', elsewhere).tables.votes[0]!;
    const text = JSON.stringify(shared);

    const nowMs = Date.now();
    expect(await importBackupText(text, nowMs)).toMatchObject({ ok: true, conflicts: 1 });
    expect(await db.votes.toArray()).toEqual(localBefore);
    expect(await db.conflicts.toArray()).toEqual([
      {
        id: `votes:${voteId}:${incoming._changed as string}`,
        table: 'votes',
        recordId: voteId,
        incoming,
        local: localBefore[0],
        reason: 'validation.resultMismatch',
        at: new Date(nowMs).toISOString(),
      },
    ]);
    // The same file again keeps one conflict, not two.
    expect(await importBackupText(text)).toMatchObject({ ok: true, conflicts: 1 });
    expect(await db.conflicts.count()).toBe(1);
  });

  it.each([
    {
      name: "a meeting's time: start and end come from the tablet that changed the time last",
      table: 'meetings' as const,
      // Here the meeting moves to the afternoon; later the other tablet made it end at 10:30.
      editHere: (ids: { meetingId: string }) =>
        meetings.update(ids.meetingId, { startsAt: '2025-03-04T13:00:00.000Z', endsAt: '2025-03-04T14:00:00.000Z' }),
      elsewhere: { endsAt: '2025-03-04T10:30:00.000Z' },
      expected: { startsAt: '2025-03-04T10:00:00.000Z', endsAt: '2025-03-04T10:30:00.000Z' },
    },
    {
      name: "a member's role: who they represent comes with it",
      table: 'members' as const,
      // Here Anna becomes a relative who represents someone; later the other tablet made her a resident.
      editHere: (ids: { memberId: string }) =>
        members.update(ids.memberId, { role: 'relative', representsMemberId: newId() }),
      elsewhere: { role: 'resident' },
      expected: { role: 'resident', representsMemberId: undefined },
    },
  ])('merges $name, as one unit, with no conflict', async ({ table, editHere, elsewhere, expected }) => {
    const db = open();
    const { meeting } = await seed();
    const memberId = (await db.members.toArray())[0]!.id;
    const shared = await exportBackup();
    await editHere({ meetingId: meeting.id, memberId });
    const text = JSON.stringify(editedElsewhere(shared, table, elsewhere));
    expect(await importBackupText(text)).toMatchObject({ ok: true, conflicts: 0 });
    const stored = (await db.table(table).toArray())[0] as Record<string, unknown>;
    for (const [field, value] of Object.entries(expected)) expect(stored[field]).toEqual(value);
    expect(await db.conflicts.count()).toBe(0);
  });

  it('stores a merge of different field groups from both tablets', async () => {
    const db = open();
    const { meeting } = await seed();
    const shared = await exportBackup();
    await meetings.update(meeting.id, { title: 'Sommermøde' });
    const text = JSON.stringify(editedElsewhere(shared, 'meetings', { endsAt: '2025-03-04T10:30:00.000Z' }));
    expect(await importBackupText(text)).toEqual({ ok: true, records: 7, media: 1, conflicts: 0, ballotsLeftOut: 0 });
    expect(await meetings.get(meeting.id)).toMatchObject({
      title: 'Sommermøde',
      startsAt: '2025-03-04T10:00:00.000Z',
      endsAt: '2025-03-04T10:30:00.000Z',
    });
    expect(await db.conflicts.count()).toBe(0);
  });
});

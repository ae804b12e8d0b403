// Every shipped schema version must carry a version-1 database forward without losing a row.
// The tests loop over `schemaVersions`, so a newly added version is checked automatically.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { naturalKeyId } from '../domain/natural-key-id';
import { RaadetDatabase } from './database';
import { latestSchemaVersion, schemaVersions, type SchemaVersion } from './schema-versions';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const stamp = (n: number) => `${String(1_741_082_400_000 + n).padStart(13, '0')}:0000:test`;
const meta = (n: number) => ({ _stamps: { id: stamp(n) }, _deleted: 0 as const, _changed: stamp(n) });

function v1Data() {
  const facility = { id: newId(), name: 'Solgården', kind: 'residential', ...meta(1) };
  const council = {
    id: newId(),
    facilityId: facility.id,
    name: 'Brugerrådet',
    kind: 'user-council',
    meetingsPerYear: 4,
    ...meta(2),
  };
  const anna = {
    id: newId(),
    councilId: council.id,
    displayName: 'Anna',
    role: 'resident',
    photoConsent: false,
    ...meta(3),
  };
  const bo = { id: newId(), councilId: council.id, displayName: 'Bo', role: 'staff', photoConsent: false, ...meta(3) };
  const meeting = {
    id: newId(),
    councilId: council.id,
    title: 'Forårsmøde',
    startsAt: '2025-03-04T10:00:00.000Z',
    endsAt: '2025-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
    ...meta(4),
  };
  const agendaItem = {
    id: newId(),
    meetingId: meeting.id,
    kind: 'information',
    title: 'Velkommen',
    plannedMinutes: 5,
    order: 1,
    ...meta(5),
  };
  // A double tap on an old version stored two rows for Anna; the second one is newer.
  const annaOld = { id: newId(), meetingId: meeting.id, memberId: anna.id, present: false, ...meta(6) };
  const annaNew = { id: newId(), meetingId: meeting.id, memberId: anna.id, present: true, ...meta(8) };
  const boRow = { id: newId(), meetingId: meeting.id, memberId: bo.id, present: true, ...meta(7) };
  const bytes = new Uint8Array([1, 2, 3, 4, 5]).buffer;
  const media = { hash: 'ab'.repeat(32), mime: 'image/png', bytes, size: 5, createdAt: '2025-03-01T00:00:00.000Z' };
  return {
    tables: {
      facilities: [facility],
      councils: [council],
      members: [anna, bo],
      meetings: [meeting],
      agendaItems: [agendaItem],
      attendance: [annaOld, boRow, annaNew],
    } as Record<string, Record<string, unknown>[]>,
    media,
    attendance: { annaOld, annaNew, boRow },
    meeting,
    anna,
  };
}

function declare(db: Dexie, versions: readonly SchemaVersion[]) {
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

async function createV1Database(name: string) {
  const data = v1Data();
  const v1 = new Dexie(name);
  declare(v1, schemaVersions.slice(0, 1));
  await v1.open();
  for (const [table, rows] of Object.entries(data.tables)) await v1.table(table).bulkPut(rows);
  await v1.table('media').put(data.media);
  expect(await v1.table('attendance').count()).toBe(3);
  v1.close();
  return data;
}

async function expectV1DataSurvived(db: Dexie, data: ReturnType<typeof v1Data>) {
  for (const [table, rows] of Object.entries(data.tables)) {
    if (table === 'attendance') continue;
    for (const row of rows) expect(await db.table(table).get(row.id as string), `${table} row`).toMatchObject(row);
    expect(await db.table(table).count()).toBe(rows.length);
  }
  const media = await db.table('media').get(data.media.hash);
  expect(media).toMatchObject({ hash: data.media.hash, mime: 'image/png', size: 5 });
  expect(Array.from(new Uint8Array(media.bytes as ArrayBuffer))).toEqual([1, 2, 3, 4, 5]);
}

const laterVersions = schemaVersions.slice(1);

describe('schema upgrades', () => {
  it('lists versions in increasing order, version 1 first', () => {
    expect(schemaVersions[0]!.version).toBe(1);
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(latestSchemaVersion).toBe(numbers.at(-1));
  });

  it.each(laterVersions.map((v) => ({ version: v.version })))(
    'keeps every version-1 row when upgrading to version $version',
    async ({ version }) => {
      const name = `upgrade-${version}-${crypto.randomUUID()}`;
      const data = await createV1Database(name);
      const db = new Dexie(name);
      opened.push(db);
      declare(
        db,
        schemaVersions.filter((v) => v.version <= version),
      );
      await db.open();
      expect(db.verno).toBe(version);
      await expectV1DataSurvived(db, data);
      const attendance = (await db.table('attendance').toArray()).filter((r) => r._deleted !== 1);
      const { annaNew, boRow } = data.attendance;
      // From version 6 the surviving rows carry the id derived from meeting and member.
      const idOf = (row: typeof annaNew) => (version >= 6 ? naturalKeyId('attendance', row) : row.id);
      expect(attendance.map((r) => r.id).sort()).toEqual([idOf(annaNew), idOf(boRow)].sort());
      expect(attendance.find((r) => r.memberId === annaNew.memberId)).toEqual({ ...annaNew, id: idOf(annaNew) });
    },
  );

  it('migrations write outbox rows: version 2 queues every record written before the outbox existed', async () => {
    const name = `upgrade-outbox-${crypto.randomUUID()}`;
    const data = await createV1Database(name);
    const db = new Dexie(name);
    opened.push(db);
    declare(
      db,
      schemaVersions.filter((v) => v.version <= 2),
    );
    await db.open();
    const queued = (await db.table('outbox').toArray()) as { seq: string; table: string; id: string }[];
    // Every surviving version-1 record, once; the duplicate the upgrade removed never left this device.
    const expected = Object.entries(data.tables)
      .flatMap(([table, rows]) => rows.map((row) => `${table}:${row.id as string}`))
      .filter((key) => key !== `attendance:${data.attendance.annaOld.id}`);
    expect(queued.map((r) => `${r.table}:${r.id}`).sort()).toEqual(expected.sort());
    expect(new Set(queued.map((r) => r.seq)).size).toBe(queued.length);
    // Queued, not re-stamped: the records keep the stamps they had.
    await expectV1DataSurvived(db, data);
  });

  it('opens a version-1 database in the app at the latest version with everything in place', async () => {
    const name = `upgrade-app-${crypto.randomUUID()}`;
    const data = await createV1Database(name);
    const db = new RaadetDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    await expectV1DataSurvived(db, data);

    // The duplicate attendance rows collapsed to the newest one, under the derived id.
    const annaId = naturalKeyId('attendance', data.attendance.annaNew);
    const rows = (await db.attendance.where('meetingId').equals(data.meeting.id).toArray()).filter(
      (r) => r._deleted !== 1,
    );
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.memberId === data.anna.id)).toEqual({ ...data.attendance.annaNew, id: annaId });

    // The compound index answers "is Anna here?" directly (old ids remain only as tombstones).
    const anna = await db.attendance.where('[meetingId+memberId]').equals([data.meeting.id, data.anna.id]).toArray();
    expect(anna.filter((r) => r._deleted !== 1)).toEqual([{ ...data.attendance.annaNew, id: annaId }]);

    // Version 2 queued every record written before the outbox existed (all but the duplicate it
    // deleted); version 6 queued every row it wrote: the two merged rows and the tombstones of
    // the live rows it renamed. Each record is queued once per change.
    const queued = (await db.outbox.toArray()).map((r) => `${r.table}:${r.id}`).sort();
    const boId = naturalKeyId('attendance', data.attendance.boRow);
    const fromVersion2 = Object.entries(data.tables)
      .flatMap(([table, rows]) => rows.map((row) => `${table}:${row.id as string}`))
      .filter((key) => key !== `attendance:${data.attendance.annaOld.id}`);
    const fromVersion6 = [annaId, boId, data.attendance.annaNew.id, data.attendance.boRow.id].map(
      (id) => `attendance:${id}`,
    );
    expect(queued).toEqual([...fromVersion2, ...fromVersion6].sort());
  });

  it('opens an empty database at the latest version', async () => {
    const db = new RaadetDatabase(`upgrade-empty-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    // Later versions may add tables or drop them (store set to null).
    const expected = new Set<string>();
    for (const v of schemaVersions) {
      for (const [table, spec] of Object.entries(v.stores)) {
        if (spec === null) expected.delete(table);
        else expected.add(table);
      }
    }
    expect(db.tables.map((t) => t.name).sort()).toEqual([...expected].sort());
  });
});

describe('version 5: evaluation answers', () => {
  it('keeps anonymous evaluation answers in their own unsynced table, found by evaluation', async () => {
    const db = new RaadetDatabase(`upgrade-v5-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    const evaluationId = newId();
    await db.evaluationAnswers.bulkAdd([
      { id: newId(), evaluationId, question: 'meeting', value: 3 },
      { id: newId(), evaluationId: newId(), question: 'said-it', value: 1 },
    ]);
    const mine = await db.evaluationAnswers.where('evaluationId').equals(evaluationId).toArray();
    expect(mine).toHaveLength(1);
    expect(mine[0]).not.toHaveProperty('_stamps');
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('version 6: one row per natural key', () => {
  /** A database at version 5 holding `tables`, then opened by the app at the latest version. */
  async function upgradeFrom5(tables: Record<string, Record<string, unknown>[]>) {
    const name = `upgrade-v6-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    declare(
      v5,
      schemaVersions.filter((v) => v.version <= 5),
    );
    await v5.open();
    for (const [table, rows] of Object.entries(tables)) await v5.table(table).bulkPut(rows);
    v5.close();
    const db = new RaadetDatabase(name);
    opened.push(db);
    await db.open();
    return db;
  }
  const live = <T extends { _deleted: 0 | 1 }>(rows: T[]) => rows.filter((r) => r._deleted === 0);
  const stamped = (fields: Record<string, number>) => {
    const _stamps = Object.fromEntries(Object.entries(fields).map(([f, n]) => [f, stamp(n)]));
    return { _stamps, _deleted: 0 as const, _changed: Object.values(_stamps).sort().at(-1)! };
  };

  it('merges duplicate attendance: the most recent presence wins, old rows become queued tombstones', async () => {
    const meetingId = newId();
    const memberId = newId();
    // The first tablet created its row earlier but changed presence last.
    const a = {
      id: newId(),
      meetingId,
      memberId,
      present: false,
      ...stamped({ id: 1, meetingId: 1, memberId: 1, present: 9, _deleted: 1 }),
    };
    const b = {
      id: newId(),
      meetingId,
      memberId,
      present: true,
      ...stamped({ id: 5, meetingId: 5, memberId: 5, present: 5, _deleted: 5 }),
    };
    const db = await upgradeFrom5({ attendance: [a, b] });

    const id = naturalKeyId('attendance', { meetingId, memberId });
    const rows = await db.attendance.toArray();
    expect(live(rows)).toHaveLength(1);
    expect(live(rows)[0]).toMatchObject({ id, meetingId, memberId, present: false });
    expect(
      rows
        .filter((r) => r._deleted === 1)
        .map((r) => r.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    const queued = (await db.outbox.toArray()).map((r) => r.id).sort();
    expect(queued).toEqual([id, a.id, b.id].sort());
  });

  it('keeps every fact that a member voted, one row per vote and member', async () => {
    const voteId = newId();
    const anna = newId();
    const bo = newId();
    const rows = [
      { id: newId(), voteId, memberId: anna, assisted: false, ...stamped({ id: 1, assisted: 1, _deleted: 1 }) },
      { id: newId(), voteId, memberId: anna, assisted: true, ...stamped({ id: 2, assisted: 2, _deleted: 2 }) },
      // A later tombstone on one copy must not wipe the fact that Anna voted.
      {
        id: newId(),
        voteId,
        memberId: anna,
        assisted: false,
        ...stamped({ id: 3, assisted: 3, _deleted: 4 }),
        _deleted: 1 as const,
      },
      { id: newId(), voteId, memberId: bo, assisted: false, ...stamped({ id: 1, assisted: 1, _deleted: 1 }) },
    ];
    const db = await upgradeFrom5({ hasVoted: rows });

    const kept = live(await db.hasVoted.toArray());
    expect(kept.map((r) => r.id).sort()).toEqual(
      [naturalKeyId('hasVoted', { voteId, memberId: anna }), naturalKeyId('hasVoted', { voteId, memberId: bo })].sort(),
    );
    expect(kept.find((r) => r.memberId === anna)).toMatchObject({ voteId, assisted: true });
    expect(kept.find((r) => r.memberId === bo)).toMatchObject({ voteId, assisted: false });
  });

  it('merges duplicate candidates with the newest fields, and their votes and results follow', async () => {
    const electionId = newId();
    const memberId = newId();
    const older = {
      id: newId(),
      electionId,
      memberId,
      statement: 'Jeg vil have mere kage',
      ...stamped({ id: 1, electionId: 1, memberId: 1, statement: 6, voice: 1, _deleted: 1 }),
    };
    const newer = {
      id: newId(),
      electionId,
      memberId,
      voice: 'cd'.repeat(32),
      ...stamped({ id: 2, electionId: 2, memberId: 2, statement: 2, voice: 7, _deleted: 2 }),
    };
    const other = {
      id: newId(),
      electionId,
      memberId: newId(),
      ...stamped({ id: 3, electionId: 3, memberId: 3, _deleted: 3 }),
    };
    const election = {
      id: electionId,
      councilId: newId(),
      title: 'Valg',
      seats: 1,
      substitutes: 1,
      status: 'closed',
      elected: [newer.id],
      substitutesElected: [other.id],
      ...stamped({ id: 1, title: 1, elected: 8 }),
    };
    const ballots = [
      { id: newId(), voteId: electionId, choice: older.id },
      { id: newId(), voteId: electionId, choice: newer.id },
      { id: newId(), voteId: electionId, choices: [other.id, older.id, newer.id] },
    ];
    const db = await upgradeFrom5({ candidates: [older, newer, other], elections: [election], secretBallots: ballots });

    const id = naturalKeyId('candidates', { electionId, memberId });
    const otherId = naturalKeyId('candidates', other);
    const kept = live(await db.candidates.toArray());
    expect(kept.map((c) => c.id).sort()).toEqual([id, otherId].sort());
    // Each field from the copy that changed it last.
    expect(kept.find((c) => c.id === id)).toMatchObject({
      statement: 'Jeg vil have mere kage',
      voice: 'cd'.repeat(32),
    });

    // Every vote still counts for the same person.
    const choices = (await db.secretBallots.toArray()).map((b) => b.choice ?? b.choices);
    expect(choices).toEqual(expect.arrayContaining([id, id, [id, otherId].sort()]));
    const stored = await db.elections.get(electionId);
    expect(stored).toMatchObject({ elected: [id], substitutesElected: [otherId] });
    expect(stored!._stamps.elected! > stamp(8)).toBe(true);
    expect((await db.outbox.toArray()).some((r) => r.table === 'elections' && r.id === electionId)).toBe(true);
  });
});

describe('schema version 8', () => {
  it('moves the old per-record base rows onto the unsent changes and removes them', async () => {
    const name = `upgrade-8-${crypto.randomUUID()}`;
    const v7 = new Dexie(name);
    declare(
      v7,
      schemaVersions.filter((v) => v.version <= 7),
    );
    await v7.open();
    const unsentBase = { id: stamp(1), title: stamp(2) };
    await v7.table('meta').bulkPut([
      { key: 'sync-base/meetings/m1', value: unsentBase },
      { key: 'sync-base/meetings/m2', value: { id: stamp(3) } },
      { key: 'sync-cursor', value: { version: 7, table: 'meetings', id: 'm2' } },
    ]);
    await v7.table('outbox').bulkPut([
      { seq: stamp(10), table: 'meetings', id: 'm1' },
      { seq: stamp(11), table: 'meetings', id: 'm1' },
      { seq: stamp(12), table: 'councils', id: 'c1' },
    ]);
    v7.close();

    const db = new RaadetDatabase(name);
    opened.push(db);
    await db.open();
    expect(await db.outbox.orderBy('seq').toArray()).toEqual([
      { seq: stamp(10), table: 'meetings', id: 'm1', base: unsentBase },
      { seq: stamp(11), table: 'meetings', id: 'm1', base: unsentBase },
      { seq: stamp(12), table: 'councils', id: 'c1' },
    ]);
    expect((await db.meta.toArray()).map((row) => row.key)).toEqual(['sync-cursor']);
  });
});

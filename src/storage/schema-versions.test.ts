// Every shipped schema version must carry a version-1 database forward without losing a row.
// The tests loop over `schemaVersions`, so a newly added version is checked automatically.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
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
  const council = { id: newId(), facilityId: facility.id, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4, ...meta(2) };
  const anna = { id: newId(), councilId: council.id, displayName: 'Anna', role: 'resident', photoConsent: false, ...meta(3) };
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
  const agendaItem = { id: newId(), meetingId: meeting.id, kind: 'information', title: 'Velkommen', plannedMinutes: 5, order: 1, ...meta(5) };
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
      declare(db, schemaVersions.filter((v) => v.version <= version));
      await db.open();
      expect(db.verno).toBe(version);
      await expectV1DataSurvived(db, data);
      const attendance = await db.table('attendance').toArray();
      expect(attendance.map((r) => r.id).sort()).toEqual(
        [data.attendance.annaNew.id, data.attendance.boRow.id].sort(),
      );
    },
  );

  it('opens a version-1 database in the app at the latest version with everything in place', async () => {
    const name = `upgrade-app-${crypto.randomUUID()}`;
    const data = await createV1Database(name);
    const db = new RaadetDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    await expectV1DataSurvived(db, data);

    // The duplicate attendance rows collapsed to the newest one.
    const rows = await db.attendance.where('meetingId').equals(data.meeting.id).toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.memberId === data.anna.id)).toEqual(data.attendance.annaNew);

    // The compound index answers "is Anna here?" directly.
    const anna = await db.attendance.where('[meetingId+memberId]').equals([data.meeting.id, data.anna.id]).toArray();
    expect(anna).toEqual([data.attendance.annaNew]);

    // The outbox exists and starts empty.
    expect(await db.outbox.count()).toBe(0);
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

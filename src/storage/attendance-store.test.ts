import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { freshDatabase } from '../testing/render';
import { setPresence } from './attendance-store';
import { exportBackupText, importBackupText } from './backup-file';
import type { RaadetDatabase } from './database';

const cleanup: RaadetDatabase[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

function tablet(): RaadetDatabase {
  const db = freshDatabase();
  cleanup.push(db);
  return db;
}

describe('setPresence', () => {
  const meetingId = newId();
  const memberId = newId();

  it('makes the same row on two tablets, so importing one into the other leaves one row', async () => {
    const first = tablet();
    await setPresence(meetingId, memberId, true);
    const backup = await exportBackupText();

    const second = tablet();
    await setPresence(meetingId, memberId, true);
    const [a] = await first.attendance.toArray();
    const [b] = await second.attendance.toArray();
    expect(a!.id).toBe(b!.id);

    expect((await importBackupText(backup)).ok).toBe(true);
    const rows = await second.attendance.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ meetingId, memberId, present: true, _deleted: 0 });
  });

  it('creates one row when called twice at once', async () => {
    const db = tablet();
    await Promise.all([setPresence(meetingId, memberId, true), setPresence(meetingId, memberId, true)]);
    expect(await db.attendance.count()).toBe(1);
    await Promise.all([setPresence(meetingId, memberId, false), setPresence(meetingId, memberId, true)]);
    const rows = await db.attendance.toArray();
    expect(rows).toHaveLength(1);
    // The later call wins.
    expect(rows[0]!.present).toBe(true);
  });

  it('retires a row with an old random id for the same person', async () => {
    const db = tablet();
    const stamp = '1741082400000:0000:old';
    const old = {
      id: newId(),
      meetingId,
      memberId,
      present: true,
      _stamps: { id: stamp, present: stamp, _deleted: stamp },
      _deleted: 0 as const,
      _changed: stamp,
    };
    await db.attendance.put(old);
    await setPresence(meetingId, memberId, false);
    const live = (await db.attendance.toArray()).filter((r) => r._deleted === 0);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ present: false });
    expect((await db.attendance.get(old.id))?._deleted).toBe(1);
  });

  it('merges a row with an old random id from a backup made before natural-key ids', async () => {
    const db = tablet();
    await setPresence(meetingId, memberId, true);
    const backup = JSON.parse(await exportBackupText()) as { tables: { attendance: Record<string, unknown>[] } };
    // The same fact as an older version stored it: a random id, and a later edit (absent).
    const later = `${Date.now() + 60_000}:0000:old`;
    backup.tables.attendance = [
      {
        ...backup.tables.attendance[0],
        id: newId(),
        present: false,
        _stamps: { id: later, meetingId: later, memberId: later, present: later, _deleted: later },
        _changed: later,
      },
    ];
    expect((await importBackupText(JSON.stringify(backup))).ok).toBe(true);
    const live = (await db.attendance.toArray()).filter((r) => r._deleted === 0);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ meetingId, memberId, present: false });
    // Importing it again changes nothing more.
    const outboxBefore = await db.outbox.count();
    await importBackupText(JSON.stringify(backup));
    expect(await db.outbox.count()).toBe(outboxBefore);
  });
});

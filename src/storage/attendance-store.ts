// Marking someone present or absent. The row's id comes from the meeting and the member
// (domain/natural-key-id.ts), so two tablets marking the same person write the same record and
// the per-field merge joins them. Read and write happen in one transaction, so two taps at once
// can never create two rows.
import { naturalKeyId } from '../domain/natural-key-id';
import { database } from './database';
import { attendance } from './repositories';

export async function setPresence(meetingId: string, memberId: string, present: boolean): Promise<void> {
  const db = database();
  const id = naturalKeyId('attendance', { meetingId, memberId });
  await db.transaction('rw', [db.attendance, db.meta, db.outbox], async () => {
    await attendance.save({ id, meetingId, memberId, present });
    // A row with an older, random id (from a backup taken before ids were derived) would
    // otherwise still say the opposite: retire it in the same transaction.
    const others = await db.attendance.where('[meetingId+memberId]').equals([meetingId, memberId]).toArray();
    for (const row of others) if (row.id !== id && row._deleted !== 1) await attendance.remove(row.id);
  });
}

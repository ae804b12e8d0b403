import { newId } from '../../domain/ids';
import { attendance } from '../../storage/repositories';

/** One attendance row per meeting and member: update it when it exists, else create it. */
export async function setPresence(meetingId: string, memberId: string, present: boolean): Promise<void> {
  const rows = await attendance.where('meetingId', meetingId);
  const existing = rows.find((r) => r.memberId === memberId);
  if (existing) await attendance.update(existing.id, { present });
  else await attendance.save({ id: newId(), meetingId, memberId, present });
}

import { z } from 'zod';
import { idSchema } from './ids';

export const attendanceSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  memberId: idSchema,
  present: z.boolean(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export function presentMemberIds(rows: readonly Attendance[]): Set<string> {
  return new Set(rows.filter((r) => r.present).map((r) => r.memberId));
}

// Why a one-time code did not work, in words the device can show: unknown, already used, or expired.
import { SyncRefusal } from '../sync/sync-refusal';

const advice = {
  setup: {
    retry: 'Restart the server for a new setup link.',
    used: 'The server is set up: ask its administrator to enrol this device.',
  },
  enrolment: { retry: 'Ask staff for a new code.', used: 'Ask staff for a new code.' },
};

export function refusalForCode(
  row: { used_at: Date | null; expires_at: Date } | undefined,
  nowMs: number,
  kind: keyof typeof advice,
): SyncRefusal {
  if (row?.used_at) return new SyncRefusal(409, 'code-used', `This code has already been used. ${advice[kind].used}`);
  if (row && new Date(row.expires_at).getTime() <= nowMs) {
    return new SyncRefusal(400, 'code-expired', `This code has expired. ${advice[kind].retry}`);
  }
  return new SyncRefusal(400, 'unknown-code', `This code is not valid. ${advice[kind].retry}`);
}

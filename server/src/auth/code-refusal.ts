// Why a one-time code did not work, in words the device can show: unknown, already used, or expired.
import { SyncRefusal } from '../sync/sync-refusal';

export function refusalForCode(
  row: { used_at: Date | null; expires_at: Date } | undefined,
  nowMs: number,
  kind: 'setup' | 'enrolment',
): SyncRefusal {
  const again = kind === 'setup' ? 'Restart the server for a new setup link.' : 'Ask staff for a new code.';
  if (!row) return new SyncRefusal(400, 'unknown-code', `This code is not valid. ${again}`);
  if (row.used_at) return new SyncRefusal(409, 'code-used', `This code has already been used. ${again}`);
  if (new Date(row.expires_at).getTime() <= nowMs) {
    return new SyncRefusal(400, 'code-expired', `This code has expired. ${again}`);
  }
  return new SyncRefusal(400, 'unknown-code', `This code is not valid. ${again}`);
}

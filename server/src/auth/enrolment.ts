// Enrolling a device: an enrolled staff device asks for a one-time code (valid 10 minutes, for
// one role, in its own facility); the new device trades the code for a token of its own.
import type { Database } from '../db/database';
import { SyncRefusal } from '../sync/sync-refusal';
import { refusalForCode } from './code-refusal';
import { newEnrolmentCode, normaliseEnrolmentCode } from './codes';
import { createDevice, spaceById, type Device, type DeviceRole } from './devices';
import { mayIssue } from './permissions';
import type { Enrolled } from './setup';
import { tokenHash } from './tokens';

const enrolmentCodeLifetimeMs = 10 * 60 * 1000;
// Expired codes are kept a day, so a late attempt hears "expired" rather than "not valid".
const keepExpiredMs = 24 * 60 * 60 * 1000;

export async function issueEnrolmentCode(
  db: Database,
  issuer: Device,
  request: { role: DeviceRole; deviceName?: string | undefined },
  nowMs: number,
): Promise<{ code: string; expiresAt: string }> {
  if (!mayIssue(issuer.role, request.role)) {
    throw new SyncRefusal(403, 'forbidden', 'This device may not enrol a device with that role.');
  }
  await db.query('delete from enrolment_codes where space_id = $1 and expires_at < $2::timestamptz', [
    issuer.spaceId,
    new Date(nowMs - keepExpiredMs).toISOString(),
  ]);
  const expiresAt = new Date(nowMs + enrolmentCodeLifetimeMs).toISOString();
  // A new code that happens to equal a stored one is drawn again rather than refused.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newEnrolmentCode();
    const inserted = await db.query(
      `insert into enrolment_codes (code_hash, space_id, role, device_name, created_by, expires_at)
       values ($1, $2, $3, $4, $5, $6::timestamptz) on conflict (code_hash) do nothing returning code_hash`,
      [tokenHash(code), issuer.spaceId, request.role, request.deviceName ?? null, issuer.id, expiresAt],
    );
    if (inserted.length > 0) return { code, expiresAt };
  }
  throw new Error('Could not draw an unused enrolment code');
}

/**
 * Trades a code for a device and its token. The code is claimed by one conditional update: of two
 * devices using one code at once, the second waits for the first's row lock, then finds it used.
 * A code whose issuing device was revoked meanwhile no longer works.
 */
export async function enrolDevice(
  db: Database,
  request: { code: string; deviceName?: string | undefined },
  nowMs: number,
): Promise<Enrolled> {
  const hash = tokenHash(normaliseEnrolmentCode(request.code));
  const now = new Date(nowMs).toISOString();
  return db.transaction(async (tx) => {
    const [claimed] = await tx.query<{ space_id: string; role: DeviceRole; device_name: string | null }>(
      `update enrolment_codes c set used_at = $2::timestamptz
         from devices issuer
        where c.code_hash = $1 and c.used_at is null and c.expires_at > $2::timestamptz
          and issuer.id = c.created_by and issuer.revoked_at is null
        returning c.space_id, c.role, c.device_name`,
      [hash, now],
    );
    if (!claimed) {
      const [row] = await tx.query<{ used_at: Date | null; expires_at: Date }>(
        `select c.used_at, c.expires_at from enrolment_codes c join devices issuer on issuer.id = c.created_by
          where c.code_hash = $1 and issuer.revoked_at is null`,
        [hash],
      );
      throw refusalForCode(row, nowMs, 'enrolment');
    }
    // Both names are optional: staff can tell an unnamed device by its role and when it was
    // last seen, and the app shows it as unnamed in the user's language.
    const name = request.deviceName ?? claimed.device_name ?? '';
    const { device, token } = await createDevice(tx, claimed.space_id, name, claimed.role);
    await tx.query('update enrolment_codes set used_by = $2 where code_hash = $1', [hash, device.id]);
    return {
      token,
      device: { id: device.id, name: device.name, role: device.role },
      space: await spaceById(tx, claimed.space_id),
    };
  });
}

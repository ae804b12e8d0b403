// Sync spaces (one per facility) and the devices that may use them.
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database';
import { newToken, tokenHash } from './tokens';

export const deviceRoles = ['shared-tablet', 'staff', 'admin'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

export interface Device {
  id: string;
  spaceId: string;
  name: string;
  role: DeviceRole;
}

export async function createSpace(db: Sql, name: string): Promise<string> {
  const id = randomUUID();
  await db.query('insert into sync_spaces (id, name) values ($1, $2)', [id, name]);
  return id;
}

/** Creates a device and returns its token, the only time it exists in clear. */
export async function createDevice(
  db: Sql,
  spaceId: string,
  name: string,
  role: DeviceRole,
): Promise<{ device: Device; token: string }> {
  const token = newToken();
  const id = randomUUID();
  await db.query('insert into devices (id, space_id, name, role, token_hash) values ($1, $2, $3, $4, $5)', [
    id,
    spaceId,
    name,
    role,
    tokenHash(token),
  ]);
  return { device: { id, spaceId, name, role }, token };
}

/** Whether a device's last-seen time is old enough to write again (selected `as stale`). */
export const lastSeenIsStale = `(last_seen_at is null or last_seen_at < now() - interval '5 minutes')`;

/** Notes that a device made a request; called only when `lastSeenIsStale` said so. */
export async function noteDeviceSeen(db: Sql, deviceId: string): Promise<void> {
  await db.query('update devices set last_seen_at = now() where id = $1', [deviceId]);
}

/**
 * The device a token belongs to, unless unknown or revoked. Notes when the device was last seen,
 * but writes that at most every few minutes so the hot sync path stays a single read.
 */
export async function deviceForToken(db: Sql, token: string): Promise<Device | undefined> {
  const rows = await db.query<{ id: string; space_id: string; name: string; role: DeviceRole; stale: boolean }>(
    `select id, space_id, name, role, ${lastSeenIsStale} as stale
       from devices where token_hash = $1 and revoked_at is null`,
    [tokenHash(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.stale) await noteDeviceSeen(db, row.id);
  return { id: row.id, spaceId: row.space_id, name: row.name, role: row.role };
}

export async function revokeDevice(db: Sql, deviceId: string): Promise<void> {
  await db.query('update devices set revoked_at = now() where id = $1 and revoked_at is null', [deviceId]);
}

export interface Space {
  id: string;
  name: string;
}

export async function spaceById(db: Sql, spaceId: string): Promise<Space> {
  const [row] = await db.query<Space>('select id, name from sync_spaces where id = $1', [spaceId]);
  if (!row) throw new Error(`No sync space ${spaceId}`);
  return row;
}

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

/** The device a token belongs to, unless unknown or revoked. */
export async function deviceForToken(db: Sql, token: string): Promise<Device | undefined> {
  const rows = await db.query<{ id: string; space_id: string; name: string; role: DeviceRole }>(
    'select id, space_id, name, role from devices where token_hash = $1 and revoked_at is null',
    [tokenHash(token)],
  );
  const row = rows[0];
  return row && { id: row.id, spaceId: row.space_id, name: row.name, role: row.role };
}

export async function revokeDevice(db: Sql, deviceId: string): Promise<void> {
  await db.query('update devices set revoked_at = now() where id = $1 and revoked_at is null', [deviceId]);
}

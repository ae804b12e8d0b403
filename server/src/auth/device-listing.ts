// What staff see of a facility's devices: never a token or its hash.
import type { Sql } from '../db/database';
import type { DeviceRole } from './devices';

export interface DeviceListing {
  id: string;
  name: string;
  role: DeviceRole;
  createdAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

export interface DeviceRow {
  id: string;
  name: string;
  role: DeviceRole;
  created_at: Date;
  revoked_at: Date | null;
  last_seen_at: Date | null;
}

export const deviceRowColumns = 'id, name, role, created_at, revoked_at, last_seen_at';

export function toListing(row: DeviceRow): DeviceListing {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at && new Date(row.revoked_at).toISOString(),
    lastSeenAt: row.last_seen_at && new Date(row.last_seen_at).toISOString(),
  };
}

/** Devices of one space, oldest first; revoked ones too, so staff see what lost access. */
export async function listSpaceDevices(db: Sql, spaceId: string): Promise<DeviceListing[]> {
  const rows = await db.query<DeviceRow>(
    `select ${deviceRowColumns} from devices where space_id = $1 order by created_at, id`,
    [spaceId],
  );
  return rows.map(toListing);
}

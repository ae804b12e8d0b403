// Staff revoke a device of their own facility. A facility never loses its last administrator:
// the active administrators' rows are locked first (in id order, so two admins revoking each
// other at once cannot deadlock) and the check runs under that lock.
import type { Database } from '../db/database';
import { SyncRefusal } from '../sync/sync-refusal';
import { deviceRowColumns, toListing, type DeviceListing, type DeviceRow } from './device-listing';
import type { Device } from './devices';
import { mayRevoke } from './permissions';

export async function revokeSpaceDevice(db: Database, caller: Device, targetId: string): Promise<DeviceListing> {
  return db.transaction(async (tx) => {
    const admins = await tx.query<{ id: string }>(
      `select id from devices where space_id = $1 and role = 'admin' and revoked_at is null order by id for update`,
      [caller.spaceId],
    );
    if (caller.role === 'admin' && !admins.some((admin) => admin.id === caller.id)) {
      throw new SyncRefusal(401, 'unknown-token', 'This device no longer has access. Ask staff to enrol it again.');
    }
    // Another facility's device is answered exactly like one that does not exist.
    const [target] = await tx.query<DeviceRow>(
      `select ${deviceRowColumns} from devices where id = $1 and space_id = $2 for update`,
      [targetId, caller.spaceId],
    );
    if (!target) throw new SyncRefusal(404, 'unknown-device', 'There is no such device in this facility.');
    if (!mayRevoke(caller.role, target.role)) {
      throw new SyncRefusal(403, 'forbidden', 'Only an administrator can revoke an administrator device.');
    }
    if (target.revoked_at) return toListing(target);
    if (target.role === 'admin' && !admins.some((admin) => admin.id !== target.id)) {
      throw new SyncRefusal(
        409,
        'last-admin',
        'This is the facility’s last administrator device. Enrol another administrator first.',
      );
    }
    const [revoked] = await tx.query<DeviceRow>(
      `update devices set revoked_at = now() where id = $1 returning ${deviceRowColumns}`,
      [targetId],
    );
    return toListing(revoked!);
  });
}

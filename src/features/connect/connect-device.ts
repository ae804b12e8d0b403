// After setup or enrolment: keep the connection and (re)start the app's sync engine, so it
// opens the poke stream with the new token and sends everything this device already holds.
import { database } from '../../storage/database';
import { saveConnection } from '../../storage/sync-state';
import { appSyncEngine } from '../../sync/use-sync-status';
import type { DeviceRole, Enrolled } from './access-api';

export async function connectDevice(enrolled: Enrolled): Promise<void> {
  await saveConnection(database(), {
    // The API is on the origin the app came from (one process serves both).
    serverUrl: '',
    token: enrolled.token,
    deviceId: enrolled.device.id,
    deviceName: enrolled.device.name,
    role: enrolled.device.role,
    spaceId: enrolled.space.id,
    spaceName: enrolled.space.name,
  });
  const engine = appSyncEngine();
  engine.stop();
  void engine.start();
}

/** Which roles this device may hand out in a code (the server decides again). */
export function issuableRoles(role: DeviceRole): DeviceRole[] {
  if (role === 'admin') return ['shared-tablet', 'staff', 'admin'];
  if (role === 'staff') return ['shared-tablet', 'staff'];
  return [];
}

/** Staff look after tablets and each other; only an administrator removes an administrator. */
export function mayRevoke(caller: DeviceRole, target: DeviceRole): boolean {
  return caller === 'admin' || (caller === 'staff' && target !== 'admin');
}

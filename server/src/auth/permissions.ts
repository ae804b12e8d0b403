// The one place that decides which device role may do what. Routes ask here; nothing else
// compares roles.
import type { FastifyRequest } from 'fastify';
import { SyncRefusal } from '../sync/sync-refusal';
import type { DeviceRole } from './devices';

/** Which roles a device of each role may hand out in an enrolment code. */
const issuable: Record<DeviceRole, readonly DeviceRole[]> = {
  admin: ['shared-tablet', 'staff', 'admin'],
  staff: ['shared-tablet', 'staff'],
  'shared-tablet': [],
};

export function mayIssue(issuer: DeviceRole, role: DeviceRole): boolean {
  return issuable[issuer].includes(role);
}

/** Staff look after tablets and each other; only an administrator removes an administrator. */
export function mayRevoke(caller: DeviceRole, target: DeviceRole): boolean {
  return caller === 'admin' || (caller === 'staff' && target !== 'admin');
}

/** A hook for a route only some roles may use; runs after `authenticate`. */
export function requireRole(...roles: DeviceRole[]) {
  return async (request: FastifyRequest) => {
    if (!request.device || !roles.includes(request.device.role)) {
      throw new SyncRefusal(403, 'forbidden', 'This device may not do that. Ask staff.');
    }
  };
}

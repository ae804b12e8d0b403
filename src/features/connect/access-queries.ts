// Server state of the sync screens, held by TanStack Query: who this device is, the facility's
// devices, the overwritten values log. Local records never go through here (they are live
// IndexedDB reads). A refusal that says the token is gone wakes the sync engine, which then
// forgets the token and shows the revoked screen.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SyncConnection } from '../../storage/sync-state';
import { appSyncEngine } from '../../sync/use-sync-status';
import { AccessError, DeviceApi, type DeviceRole } from './access-api';

export type EnrolledConnection = SyncConnection & { token: string };

const revokedCodes = new Set(['no-token', 'unknown-token', 'revoked']);

export function isRevokedError(error: unknown): boolean {
  return error instanceof AccessError && revokedCodes.has(error.code);
}

function watch<T>(request: Promise<T>): Promise<T> {
  return request.catch((error: unknown) => {
    if (isRevokedError(error)) appSyncEngine().requestSync();
    throw error;
  });
}

const keys = {
  me: (deviceId: string) => ['sync-access', deviceId, 'me'] as const,
  devices: (deviceId: string) => ['sync-access', deviceId, 'devices'] as const,
  overwritten: (deviceId: string) => ['sync-access', deviceId, 'overwritten'] as const,
};

const api = (connection: EnrolledConnection) => new DeviceApi(connection);

/** The role the server gives this device; the saved one while the server cannot be asked. */
export function useDeviceRole(connection: EnrolledConnection): DeviceRole | undefined {
  const me = useQuery({
    queryKey: keys.me(connection.deviceId),
    queryFn: () => watch(api(connection).me()),
    staleTime: 5 * 60_000,
  });
  return me.data?.device.role ?? connection.role;
}

export function useDevices(connection: EnrolledConnection) {
  return useQuery({
    queryKey: keys.devices(connection.deviceId),
    queryFn: () => watch(api(connection).devices()),
  });
}

export function useIssueCode(connection: EnrolledConnection) {
  return useMutation({
    mutationFn: (request: { role: DeviceRole; deviceName?: string }) => watch(api(connection).issueCode(request)),
  });
}

export function useRevokeDevice(connection: EnrolledConnection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: string) => watch(api(connection).revoke(deviceId)),
    onSettled: () => client.invalidateQueries({ queryKey: keys.devices(connection.deviceId) }),
  });
}

export function useOverwritten(connection: EnrolledConnection) {
  return useInfiniteQuery({
    queryKey: keys.overwritten(connection.deviceId),
    queryFn: ({ pageParam }) => watch(api(connection).overwritten(pageParam)),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => (page.more ? page.entries.at(-1)?.id : undefined),
  });
}

export function useSettleOverwritten(connection: EnrolledConnection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entryId: number) => watch(api(connection).settle(entryId)),
    onSettled: () => client.invalidateQueries({ queryKey: keys.overwritten(connection.deviceId) }),
  });
}

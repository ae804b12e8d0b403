// Sync runs beside the app, never in its way: a device that is not connected to a server does
// nothing, and one that is sends and fetches in the background (see src/sync/sync-engine.ts).
import { appSyncEngine } from '../sync/use-sync-status';

export function startSync(): void {
  void appSyncEngine().start();
}

// The app's sync engine starts once the app has loaded. A device never connected to a server
// only reads its saved connection and waits (the Sync screen connects it).
import { appSyncEngine } from '../sync/use-sync-status';

export function startSync(): void {
  // The engine reports its own failures in the status; a database that cannot even be opened
  // shows itself on every screen already.
  appSyncEngine()
    .start()
    .catch(() => undefined);
}

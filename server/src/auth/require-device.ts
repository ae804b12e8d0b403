// The checks every device route shares (sync, media): the device speaks this protocol version,
// and its bearer token names an enrolled, unrevoked device. Both run on onRequest, before a body
// is read, so a stranger cannot make the server parse or store anything.
import type { FastifyInstance } from 'fastify';
import { protocolHeader, syncProtocolVersion } from '../../../src/domain/sync-protocol';
import type { Database } from '../db/database';
import { SyncRefusal } from '../sync/sync-refusal';
import { authenticate } from './authenticate';

export function requireDevice(app: FastifyInstance, db: Database): void {
  // A device on another protocol version would misread or be misread: tell it to update first.
  app.addHook('onRequest', async (request) => {
    if (request.headers[protocolHeader] !== String(syncProtocolVersion)) {
      throw new SyncRefusal(426, 'update-app', 'This version of Rådet cannot sync with the server. Update the app.');
    }
  });
  app.addHook('onRequest', authenticate(db));
}

// The first start. While the server has no administrator device, every start issues a one-time
// setup code; main.ts prints it as a link. Opening the link creates the facility's sync space and
// its first administrator device. The code sits in the link's fragment, which browsers never
// send, so it cannot end up in a request log.
import type { Database, Sql } from '../db/database';
import { newSetupCode } from './codes';
import { createDevice, createSpace, type Device, type Space } from './devices';
import { tokenHash } from './tokens';
import { SyncRefusal } from '../sync/sync-refusal';
import { refusalForCode } from './code-refusal';

const setupCodeLifetimeMs = 24 * 60 * 60 * 1000;
// Serialises setups (and issuing codes for them) across processes sharing one PostgreSQL, so two
// setup codes used at once cannot make two first administrators.
const setupLock = 727_002;

async function hasAdministrator(db: Sql): Promise<boolean> {
  const rows = await db.query("select 1 from devices where role = 'admin' and revoked_at is null limit 1");
  return rows.length > 0;
}

/** A new setup code, or nothing when an administrator device exists. */
export async function issueSetupCode(db: Database, nowMs: number): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [setupLock]);
    if (await hasAdministrator(tx)) return undefined;
    await tx.query('delete from setup_codes where expires_at <= $1::timestamptz', [new Date(nowMs).toISOString()]);
    const code = newSetupCode();
    await tx.query('insert into setup_codes (code_hash, expires_at) values ($1, $2::timestamptz)', [
      tokenHash(code),
      new Date(nowMs + setupCodeLifetimeMs).toISOString(),
    ]);
    return code;
  });
}

/** The link to print; a server listening on every interface is reached as localhost from its own machine. */
export function setupLink(host: string, port: number, code: string): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}/setup#code=${encodeURIComponent(code)}`;
}

export interface Enrolled {
  token: string;
  device: Pick<Device, 'id' | 'name' | 'role'>;
  space: Space;
}

export async function completeSetup(
  db: Database,
  request: { code: string; facilityName: string; deviceName: string },
  nowMs: number,
): Promise<Enrolled> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [setupLock]);
    const hash = tokenHash(request.code);
    const now = new Date(nowMs).toISOString();
    const claimed = await tx.query(
      `update setup_codes set used_at = $2::timestamptz
        where code_hash = $1 and used_at is null and expires_at > $2::timestamptz returning code_hash`,
      [hash, now],
    );
    if (claimed.length === 0) {
      const [row] = await tx.query<{ used_at: Date | null; expires_at: Date }>(
        'select used_at, expires_at from setup_codes where code_hash = $1',
        [hash],
      );
      throw refusalForCode(row, nowMs, 'setup');
    }
    if (await hasAdministrator(tx)) {
      throw new SyncRefusal(409, 'already-set-up', 'This server is already set up. Ask staff to enrol this device.');
    }
    const spaceId = await createSpace(tx, request.facilityName);
    const { device, token } = await createDevice(tx, spaceId, request.deviceName, 'admin');
    // The other codes printed at earlier starts can never be used now.
    await tx.query('delete from setup_codes where used_at is null');
    return {
      token,
      device: { id: device.id, name: device.name, role: device.role },
      space: { id: spaceId, name: request.facilityName },
    };
  });
}

// The server's refusal codes in the app's own words (the `connect` namespace, errors.*).
import { AccessError } from './access-api';

const known = new Set([
  'offline',
  'server',
  'code-used',
  'already-set-up',
  'unknown-code',
  'code-expired',
  'device-name-required',
  'too-many-requests',
  'forbidden',
  'last-admin',
  'unknown-device',
  'not-found',
  'update-app',
  'bad-request',
]);

const revoked = new Set(['no-token', 'unknown-token', 'revoked']);

/** The key under `errors.` for what went wrong. */
export function accessErrorKey(error: unknown): string {
  if (!(error instanceof AccessError)) return 'errors.other';
  if (revoked.has(error.code)) return 'errors.revoked';
  return known.has(error.code) ? `errors.${error.code}` : 'errors.other';
}

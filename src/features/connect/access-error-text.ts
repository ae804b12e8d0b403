// The server's refusal codes in the app's own words (the `connect` namespace, errors.*).
import { AccessError } from './access-api';

const knownCodes = [
  'offline',
  'server',
  'code-used',
  'already-set-up',
  'unknown-code',
  'code-expired',
  'too-many-requests',
  'forbidden',
  'last-admin',
  'unknown-device',
  'not-found',
  'update-app',
  'bad-request',
] as const;
type KnownCode = (typeof knownCodes)[number];
const known = new Set<string>(knownCodes);

const revoked = new Set(['no-token', 'unknown-token', 'revoked']);

/** The key under `errors.` for what went wrong. */
export function accessErrorKey(error: unknown): `errors.${KnownCode | 'revoked' | 'other'}` {
  if (!(error instanceof AccessError)) return 'errors.other';
  if (revoked.has(error.code)) return 'errors.revoked';
  return known.has(error.code) ? `errors.${error.code as KnownCode}` : 'errors.other';
}

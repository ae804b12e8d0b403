import { createHash, randomBytes } from 'node:crypto';

/** A device's secret: 32 random bytes, URL-safe. Shown once, never stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the server stores instead of a token. A fast hash is enough: the token is random, not a password. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Exponential backoff with jitter, capped: about 2 s, 4 s, 8 s … up to 5 minutes, each spread
 * between half and one and a half times, so tablets that lost the server together do not all
 * come back in the same second.
 */
export function nextDelay(failures: number, random = Math.random, baseMs = 2000, capMs = 5 * 60_000): number {
  const delay = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(Math.min(capMs, delay * (0.5 + random())));
}

// Hybrid logical clock. A stamp orders edits across devices even when their wall clocks
// disagree a little; the sync server will merge per field with "highest stamp wins".
// Format: 13-digit wall milliseconds, 4-digit counter, node id, joined by ':' so that plain
// string comparison is the clock order.

export interface HlcState {
  wallMs: number;
  counter: number;
  node: string;
}

const maxCounter = 9999;

export function formatStamp(state: HlcState): string {
  return `${String(state.wallMs).padStart(13, '0')}:${String(state.counter).padStart(4, '0')}:${state.node}`;
}

export function parseStamp(stamp: string): HlcState | null {
  // A node name is a short device id (8 characters today); the bound keeps a hostile file's
  // megabyte-long "stamp" from being accepted and compared in every later merge.
  if (stamp.length > 100) return null;
  const match = /^(\d{13}):(\d{4}):([A-Za-z0-9-]{1,64})$/.exec(stamp);
  if (!match) return null;
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

/** The next local stamp: never behind the previous one, even if the wall clock went back. */
export function tick(previous: HlcState, nowMs: number): HlcState {
  if (nowMs > previous.wallMs) return { wallMs: nowMs, counter: 0, node: previous.node };
  if (previous.counter >= maxCounter) {
    return { wallMs: previous.wallMs + 1, counter: 0, node: previous.node };
  }
  return { wallMs: previous.wallMs, counter: previous.counter + 1, node: previous.node };
}

/** Advance the local clock past a stamp received from elsewhere. */
export function receive(local: HlcState, remote: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(local.wallMs, remote.wallMs, nowMs);
  let counter = 0;
  if (wallMs === local.wallMs && wallMs === remote.wallMs) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  if (counter > maxCounter) return { wallMs: wallMs + 1, counter: 0, node: local.node };
  return { wallMs, counter, node: local.node };
}

export function compareStamps(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

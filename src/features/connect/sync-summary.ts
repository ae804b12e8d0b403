// The sync status in one word and one shape, for the header and the Sync screen alike. A shape
// and words, never colour alone, say which it is.
import type { SyncStatus } from '../../sync/sync-status';

export type SyncSummaryKind =
  | 'alone'
  | 'synced'
  | 'waiting'
  | 'held-back'
  | 'uploading'
  | 'receiving'
  | 'offline'
  | 'problem'
  | 'revoked'
  | 'update-app'
  | 'clock-ahead';

export interface SyncSummary {
  kind: SyncSummaryKind;
  icon: string;
  tone: 'ok' | 'busy' | 'warning' | 'danger';
  /** Changes waiting on this device, or held back when that is the kind (for the wording). */
  count: number;
}

export function syncSummary({ state, pending, heldBack }: SyncStatus): SyncSummary {
  const count = pending;
  switch (state.kind) {
    case 'not-enrolled':
      return { kind: 'alone', icon: '○', tone: 'ok', count };
    case 'synced':
      // Everything else went through, but these wait for staff: more urgent than a change
      // that will go by itself at the next sync.
      if (heldBack > 0) return { kind: 'held-back', icon: '⚠', tone: 'warning', count: heldBack };
      return pending > 0
        ? { kind: 'waiting', icon: '↑', tone: 'busy', count }
        : { kind: 'synced', icon: '✓', tone: 'ok', count };
    case 'sending':
      return { kind: 'uploading', icon: '↑', tone: 'busy', count: Math.max(state.count, pending) };
    case 'receiving':
      return { kind: 'receiving', icon: '↓', tone: 'busy', count };
    case 'offline':
      return { kind: 'offline', icon: '⊘', tone: 'warning', count };
    case 'problem':
      return { kind: 'problem', icon: '!', tone: 'danger', count };
    case 'revoked':
      return { kind: 'revoked', icon: '✕', tone: 'danger', count };
    case 'update-app':
      return { kind: 'update-app', icon: '⟳', tone: 'warning', count };
    case 'clock-ahead':
      return { kind: 'clock-ahead', icon: '!', tone: 'danger', count };
  }
}

import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appSyncEngine, useSyncStatus } from './use-sync-status';

describe('useSyncStatus', () => {
  it('shows the engine’s status as it changes', () => {
    const { result } = renderHook(() => useSyncStatus());
    expect(result.current.state).toEqual({ kind: 'not-enrolled' });
    act(() => appSyncEngine().status.update({ state: { kind: 'sending', count: 3 }, pending: 3 }));
    expect(result.current).toMatchObject({ state: { kind: 'sending', count: 3 }, pending: 3 });
  });
});

import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useBusyAction } from './use-busy-action';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('useBusyAction', () => {
  it('runs a double tap once and is busy until the action settles', async () => {
    const { result } = renderHook(() => useBusyAction());
    const gate = deferred();
    const action = vi.fn(() => gate.promise.then(() => 'stored'));

    let first!: Promise<string | undefined>;
    let second!: Promise<string | undefined>;
    act(() => {
      first = result.current.run(action);
      second = result.current.run(action);
    });
    expect(action).toHaveBeenCalledTimes(1);
    expect(result.current.busy).toBe(true);
    await expect(second).resolves.toBeUndefined();

    await act(async () => {
      gate.resolve();
      await first;
    });
    await expect(first).resolves.toBe('stored');
    expect(result.current.busy).toBe(false);
  });

  it('is free again after a failed action, and passes the failure on', async () => {
    const { result } = renderHook(() => useBusyAction());
    await act(async () => {
      await expect(result.current.run(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    });
    expect(result.current.busy).toBe(false);
    const again = vi.fn(() => Promise.resolve(1));
    await act(async () => {
      await result.current.run(again);
    });
    expect(again).toHaveBeenCalledTimes(1);
  });
});

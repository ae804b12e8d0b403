import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScreenWakeLock } from './use-screen-wake-lock';

/** A Screen Wake Lock that records what was asked, and drops its lock when the page hides (as browsers do). */
function fakeWakeLock() {
  const sentinels: { released: boolean; release: () => Promise<void> }[] = [];
  const api = {
    request: async () => {
      const sentinel = {
        released: false,
        release: async () => {
          sentinel.released = true;
        },
      };
      sentinels.push(sentinel);
      return sentinel;
    },
  };
  Object.defineProperty(navigator, 'wakeLock', { value: api, configurable: true });
  return sentinels;
}

let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { get: () => visibility, configurable: true });
});
afterEach(() => {
  delete (navigator as { wakeLock?: unknown }).wakeLock;
  delete (document as { visibilityState?: unknown }).visibilityState;
});

async function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

describe('useScreenWakeLock', () => {
  it('keeps the screen on while active and lets go when it ends', async () => {
    const sentinels = fakeWakeLock();
    const { rerender } = renderHook(({ active }) => useScreenWakeLock(active), { initialProps: { active: true } });
    await act(async () => undefined);
    expect(sentinels).toHaveLength(1);
    expect(sentinels[0]!.released).toBe(false);
    rerender({ active: false });
    await act(async () => undefined);
    expect(sentinels[0]!.released).toBe(true);
  });

  it('asks again when the page comes back after the browser dropped the lock', async () => {
    const sentinels = fakeWakeLock();
    const { unmount } = renderHook(() => useScreenWakeLock(true));
    await act(async () => undefined);
    sentinels[0]!.released = true;
    await setVisibility('hidden');
    expect(sentinels).toHaveLength(1);
    await setVisibility('visible');
    expect(sentinels).toHaveLength(2);
    unmount();
    await act(async () => undefined);
    expect(sentinels[1]!.released).toBe(true);
  });

  it('asks for nothing while inactive, and copes without the API', async () => {
    const sentinels = fakeWakeLock();
    renderHook(() => useScreenWakeLock(false));
    await act(async () => undefined);
    expect(sentinels).toHaveLength(0);
    delete (navigator as { wakeLock?: unknown }).wakeLock;
    expect(() => renderHook(() => useScreenWakeLock(true))).not.toThrow();
  });
});

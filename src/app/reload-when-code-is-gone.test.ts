import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReloadWhenCodeIsGone } from './reload-when-code-is-gone';

afterEach(() => sessionStorage.clear());

function codeIsGone(): Event {
  const event = new Event('vite:preloadError', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('useReloadWhenCodeIsGone', () => {
  it('reloads into the new version when a screen’s code is gone', () => {
    const reload = vi.fn();
    renderHook(() => useReloadWhenCodeIsGone(false, reload));
    expect(codeIsGone().defaultPrevented).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('never reloads a meeting, an election or an evaluation', () => {
    const reload = vi.fn();
    renderHook(() => useReloadWhenCodeIsGone(true, reload));
    expect(codeIsGone().defaultPrevented).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload again right after a reload for the same reason', () => {
    const reload = vi.fn();
    renderHook(() => useReloadWhenCodeIsGone(false, reload));
    codeIsGone();
    codeIsGone();
    expect(reload).toHaveBeenCalledOnce();
  });
});

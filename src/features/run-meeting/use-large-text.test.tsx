import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLargeText } from './use-large-text';

// jsdom has no layout: the probe's width is what the test says 1rem is.
function withRem(px: number) {
  let notify: () => void = () => {};
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  const rect = vi
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockImplementation(() => ({ width: px }) as DOMRect);
  return {
    resize(next: number) {
      rect.mockImplementation(() => ({ width: next }) as DOMRect);
      notify();
    },
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useLargeText', () => {
  it('marks the page while 1rem is 24 px or more, and follows a change of text size', () => {
    const text = withRem(16);
    const { unmount } = renderHook(() => useLargeText());
    expect(document.documentElement.hasAttribute('data-large-text')).toBe(false);
    text.resize(32);
    expect(document.documentElement.hasAttribute('data-large-text')).toBe(true);
    text.resize(16);
    expect(document.documentElement.hasAttribute('data-large-text')).toBe(false);
    text.resize(32);
    unmount();
    // Leaving meeting mode leaves no trace on the page.
    expect(document.documentElement.hasAttribute('data-large-text')).toBe(false);
  });
});

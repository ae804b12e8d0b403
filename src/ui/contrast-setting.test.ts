import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyContrast, contrastChoice, saveContrastChoice } from './contrast-setting';

let systemMore = false;
const changeListeners = new Set<() => void>();
beforeEach(() => {
  systemMore = false;
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-contrast: more)' && systemMore;
    },
    addEventListener: (_: string, listener: () => void) => changeListeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => changeListeners.delete(listener),
  }));
});
afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  changeListeners.clear();
  document.documentElement.removeAttribute('data-contrast');
});

const high = () => document.documentElement.getAttribute('data-contrast') === 'high';

describe('the contrast setting', () => {
  it('follows the tablet by default, and the chosen setting once staff choose', () => {
    const stop = applyContrast();
    expect(contrastChoice()).toBe('automatic');
    expect(high()).toBe(false);
    systemMore = true;
    for (const listener of changeListeners) listener();
    expect(high()).toBe(true);
    saveContrastChoice('standard');
    expect(high()).toBe(false);
    saveContrastChoice('high');
    systemMore = false;
    for (const listener of changeListeners) listener();
    expect(high()).toBe(true);
    stop();
  });

  it('reads back what was stored, and ignores anything odd', () => {
    saveContrastChoice('high');
    expect(contrastChoice()).toBe('high');
    localStorage.setItem('raadet.contrast', '<script>');
    expect(contrastChoice()).toBe('automatic');
  });
});

// Meeting mode fits its fixed strips to the screen, and with large text (a browser or tablet
// text size of 150 % or more) some of them give way so the item keeps the room. CSS cannot ask
// "how big is 1rem now?" (media queries use the initial size, not the page's), so a 1rem-wide
// probe is watched and html gets data-large-text while it is large.
import { useEffect } from 'react';

/** 1rem at or above this many CSS px counts as large text (the usual is 16). */
export const largeTextPx = 24;

export function useLargeText(): void {
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const probe = document.createElement('span');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText =
      'position:absolute;visibility:hidden;pointer-events:none;top:0;left:0;width:1rem;height:0;overflow:hidden';
    document.body.appendChild(probe);
    const root = document.documentElement;
    const update = () =>
      root.toggleAttribute('data-large-text', probe.getBoundingClientRect().width >= largeTextPx - 0.5);
    const observer = new ResizeObserver(update);
    observer.observe(probe);
    update();
    return () => {
      observer.disconnect();
      probe.remove();
      root.removeAttribute('data-large-text');
    };
  }, []);
}

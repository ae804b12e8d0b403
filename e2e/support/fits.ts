// Whether a screen fits a phone: nothing scrolls sideways, no element sticks out past the
// screen's edge, and axe finds nothing (e2e/phone-layout.spec.ts, and the sync screens).
import type { Page } from '@playwright/test';
import { checkA11y } from './a11y';
import { expect } from './test';

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements whose box reaches past the right or left edge of the screen. */
  sticking: string[];
}

/** How the page fits its width now: the document's scroll width and what sticks out. */
async function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element) => {
      const classes =
        typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${classes} "${text}"`;
    };
    // Inside a box that scrolls sideways on purpose (a strip of pictures) being wider is fine;
    // a box that only clips (overflow: hidden) still cuts the content off, so it counts.
    const inScroller = (el: Element): boolean => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    const out: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden') || inScroller(el)) continue;
      out.push(el);
    }
    // Name the innermost culprits: an element whose own children stick out is only their box.
    const sticking = out
      .filter((el) => !out.some((other) => other !== el && el.contains(other)))
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${describe(el)} ${Math.round(box.left)}–${Math.round(box.right)}px`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: width, sticking: sticking.slice(0, 12) };
  });
}

/** Asserts (softly, so one run lists every screen) that the page fits 360 px and is axe clean. */
export async function expectFits(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const result = await overflow(page);
  expect.soft(result.sticking, `elements sticking out on "${screen}"`).toEqual([]);
  expect.soft(result.scrollWidth, `sideways scroll on "${screen}"`).toBeLessThanOrEqual(result.clientWidth);
  await checkA11y(page, `${screen} at 360 px`);
}

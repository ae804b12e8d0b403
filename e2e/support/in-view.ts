import { expect, type Locator, type Page } from '@playwright/test';

interface Placement {
  inside: boolean;
  covered: number;
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
}

/**
 * Where `el` is on screen now, without scrolling: whether its box lies inside the viewport and
 * at how many of five probe points (centre and the four quarter points) something else is on
 * top of it (a fixed strip, a clipping scroll area's neighbour). Quarter points rather than
 * corners, because hit testing follows rounded corners.
 */
async function placement(target: Locator): Promise<Placement> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const inside =
      r.width > 0 &&
      r.height > 0 &&
      r.left >= -0.5 &&
      r.top >= -0.5 &&
      r.right <= width + 0.5 &&
      r.bottom <= height + 0.5;
    const points: [number, number][] = [
      [0.5, 0.5],
      [0.25, 0.25],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.75, 0.75],
    ];
    const covered = points.filter(([fx, fy]) => {
      const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
      return !hit || !(hit === el || el.contains(hit));
    }).length;
    return {
      inside,
      covered,
      rect: {
        left: Math.round(r.left),
        top: Math.round(r.top),
        right: Math.round(r.right),
        bottom: Math.round(r.bottom),
      },
      viewport: { width, height },
    };
  });
}

const describe = (name: string, p: Placement) =>
  `${name} at ${p.rect.left},${p.rect.top}–${p.rect.right},${p.rect.bottom} in ${p.viewport.width}×${p.viewport.height}` +
  (p.covered ? ` (covered at ${p.covered} of 5 points)` : '');

/** Names of the targets that are not wholly on screen and uncovered right now (no scrolling). */
async function notInView(targets: Locator[]): Promise<string[]> {
  const problems: string[] = [];
  for (const target of targets) {
    const p = await placement(target);
    if (!p.inside || p.covered > 0) {
      const name =
        ((await target.getAttribute('aria-label')) ?? (await target.innerText()).replace(/\s+/g, ' ').trim()) ||
        '(no name)';
      problems.push(describe(name, p));
    }
  }
  return problems;
}

/** Every scroll area back at its top, so "in view" means "in view without scrolling". */
export async function scrollAllToTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) if (el.scrollTop) el.scrollTop = 0;
  });
}

/**
 * Asserts (softly) that every target is wholly inside the viewport and not covered by anything,
 * as the page stands, after every scroll area is put back at its top: all of it is visible
 * without scrolling.
 */
export async function expectAllInView(
  page: Page,
  targets: Locator | Locator[],
  screen: string,
  { minimumCount = 1 } = {},
): Promise<void> {
  await scrollAllToTop(page);
  const list = Array.isArray(targets) ? targets : await targets.all();
  expect.soft(list.length, `targets found on "${screen}"`).toBeGreaterThanOrEqual(minimumCount);
  expect.soft(await notInView(list), `controls not wholly in view without scrolling on "${screen}"`).toEqual([]);
}

/**
 * Asserts (softly) that each target can be brought wholly into view, uncovered, by scrolling to
 * it (for large text, where scrolling is allowed but nothing may hide behind fixed strips).
 */
export async function expectEachReachable(
  targets: Locator | Locator[],
  screen: string,
  { minimumCount = 1 } = {},
): Promise<void> {
  const list = Array.isArray(targets) ? targets : await targets.all();
  expect.soft(list.length, `targets found on "${screen}"`).toBeGreaterThanOrEqual(minimumCount);
  const problems: string[] = [];
  for (const target of list) {
    await target.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    problems.push(...(await notInView([target])));
  }
  expect.soft(problems, `controls that cannot be scrolled wholly into view on "${screen}"`).toEqual([]);
}

/** The viewports meeting mode must fit: the project's own, and the two landscape tablets. */
export const landscapeTablets = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;

export async function setLargeText(page: Page, on: boolean): Promise<void> {
  await page.evaluate((enlarge) => (document.documentElement.style.fontSize = enlarge ? '200%' : ''), on);
}

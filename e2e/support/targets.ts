import { expect, type Locator } from '@playwright/test';

/** Smallest size of anything a resident taps (the product's rule; WCAG 2.5.5 AAA). */
export const residentTarget = 64;
/** Staff controls (WCAG 2.5.8 asks 24; the app's staff rule is 44). */
export const staffTarget = 44;

interface Target {
  name: string;
  width: number;
  height: number;
}

/** Every visible button and link (button, a, role=button) inside `area`, with its size. */
export async function targetsIn(area: Locator): Promise<Target[]> {
  const targets: Target[] = [];
  for (const target of await area.locator('button, a, [role=button]').all()) {
    if (!(await target.isVisible())) continue;
    const box = await target.boundingBox();
    if (!box) continue;
    const name = (await target.getAttribute('aria-label')) ?? (await target.innerText()).replace(/\s+/g, ' ').trim();
    targets.push({ name: name || '(no name)', width: box.width, height: box.height });
  }
  return targets;
}

const describe = (t: Target) => `${t.name} (${Math.round(t.width)}×${Math.round(t.height)})`;
const smallerThan = (min: number) => (t: Target) => t.width + 0.5 < min || t.height + 0.5 < min;

/**
 * Asserts (softly, so every screen is reported) that each target in `area` is at least 64×64.
 * `staffOnly` names controls that sit in the resident area but are for staff (e.g. the item
 * timer's "Start tid"); those must still be at least 44×44.
 */
export async function expectResidentTargets(
  area: Locator,
  screen: string,
  { minimumCount = 1, staffOnly = [] }: { minimumCount?: number; staffOnly?: RegExp[] } = {},
): Promise<void> {
  const all = await targetsIn(area);
  const isStaff = (t: Target) => staffOnly.some((pattern) => pattern.test(t.name));
  const resident = all.filter((t) => !isStaff(t));
  expect.soft(resident.length, `resident targets found on "${screen}"`).toBeGreaterThanOrEqual(minimumCount);
  expect
    .soft(resident.filter(smallerThan(residentTarget)).map(describe), `resident targets under 64×64 on "${screen}"`)
    .toEqual([]);
  expect
    .soft(
      all.filter(isStaff).filter(smallerThan(staffTarget)).map(describe),
      `staff targets under 44×44 on "${screen}"`,
    )
    .toEqual([]);
}

import { expect, type Locator } from '@playwright/test';

/** Smallest size of anything a resident taps (WCAG 2.5.5 AAA, the product's own rule). */
export const residentTarget = 64;

/**
 * Every visible button and link inside `area` (buttons, links, role=button) that is smaller than
 * 64×64 CSS px, as "name (w×h)".
 */
export async function smallTargets(area: Locator, min = residentTarget): Promise<string[]> {
  const offenders: string[] = [];
  for (const target of await area.locator('button, a, [role=button]').all()) {
    if (!(await target.isVisible())) continue;
    const box = await target.boundingBox();
    if (!box) continue;
    if (box.width + 0.5 < min || box.height + 0.5 < min) {
      const name =
        (await target.getAttribute('aria-label')) ?? (await target.innerText()).replace(/\s+/g, ' ').trim();
      offenders.push(`${name || '(no name)'} (${Math.round(box.width)}×${Math.round(box.height)})`);
    }
  }
  return offenders;
}

/** Asserts (softly, to report all screens) that every target in `area` is at least 64×64. */
export async function expectResidentTargets(area: Locator, screen: string, minimumCount = 1): Promise<void> {
  const count = await area.locator('button, a, [role=button]').count();
  expect.soft(count, `resident targets found on "${screen}"`).toBeGreaterThanOrEqual(minimumCount);
  expect.soft(await smallTargets(area), `targets under 64×64 on "${screen}"`).toEqual([]);
}

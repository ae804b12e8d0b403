import type { Locator } from '@playwright/test';

/**
 * The text a screen reader reads for an element: visually hidden text included, aria-hidden
 * parts left out, block elements kept apart by a space, as browsers do when they compute a name.
 * Catches words that run together ("Information5 minutter") where only the eye gets a separator.
 */
export async function spokenText(area: Locator): Promise<string> {
  return area.evaluate((root) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof HTMLElement || node instanceof SVGElement)) return;
      if (node.getAttribute('aria-hidden') === 'true') return;
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      const block = !style.display.startsWith('inline') && style.display !== 'contents';
      if (block) parts.push(' ');
      node.childNodes.forEach(walk);
      if (block) parts.push(' ');
    };
    walk(root);
    return parts
      .join('')
      .replace(/\s+/g, ' ')
      .replace(/ ([,.;:!?])/g, '$1')
      .trim();
  });
}

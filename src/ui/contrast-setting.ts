// High contrast for this device: black on white, darker colours, thicker outlines. Chosen by
// staff in Settings and kept in localStorage (like the voice), because it belongs to the tablet
// and the people who look at it, not to the council's data. "Automatic" follows the tablet's own
// setting (prefers-contrast: more). The choice shows as `data-contrast="high"` on <html>, which
// the design tokens in styles.css read: one switch for every screen.
import { useSyncExternalStore } from 'react';

export type ContrastChoice = 'automatic' | 'high' | 'standard';
export const contrastChoices: readonly ContrastChoice[] = ['automatic', 'high', 'standard'];

const storageKey = 'raadet.contrast';
const listeners = new Set<() => void>();
let unsaved: ContrastChoice | undefined;

export function contrastChoice(): ContrastChoice {
  if (unsaved) return unsaved;
  try {
    const raw = globalThis.localStorage?.getItem(storageKey);
    return contrastChoices.includes(raw as ContrastChoice) ? (raw as ContrastChoice) : 'automatic';
  } catch {
    return 'automatic';
  }
}

function systemWantsMore(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches;
}

/** Puts the choice on <html>; call once at start, and it follows changes from then on. */
export function applyContrast(): () => void {
  const apply = () => {
    const choice = contrastChoice();
    const high = choice === 'high' || (choice === 'automatic' && systemWantsMore());
    if (high) document.documentElement.setAttribute('data-contrast', 'high');
    else document.documentElement.removeAttribute('data-contrast');
  };
  apply();
  listeners.add(apply);
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-contrast: more)') : undefined;
  query?.addEventListener('change', apply);
  return () => {
    listeners.delete(apply);
    query?.removeEventListener('change', apply);
  };
}

export function saveContrastChoice(choice: ContrastChoice): void {
  try {
    globalThis.localStorage?.setItem(storageKey, choice);
    unsaved = undefined;
  } catch {
    // Private mode may refuse storage: the choice then lasts until the page closes.
    unsaved = choice;
  }
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useContrastChoice(): ContrastChoice {
  return useSyncExternalStore(subscribe, contrastChoice, () => 'automatic');
}

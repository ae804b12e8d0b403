// Meeting-mode state that only this tablet needs (the speaking queue, the item timers, where
// the round is): kept in sessionStorage, so a reload or a crash of the tab keeps it, while it
// never goes into the council's records or travels to other devices.
import { useCallback, useState } from 'react';

function read<T>(key: string, fallback: T, parse: (raw: unknown) => T | undefined): T {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    if (raw === null || raw === undefined) return fallback;
    return parse(JSON.parse(raw)) ?? fallback;
  } catch {
    return fallback;
  }
}

export function useSessionState<T>(
  key: string,
  fallback: T,
  parse: (raw: unknown) => T | undefined,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: read(key, fallback, parse) }));
  // A different key (another item, another meeting) starts from what is stored for it.
  const current = state.key === key ? state.value : read(key, fallback, parse);

  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      setState((previous) => {
        const base = previous.key === key ? previous.value : read(key, fallback, parse);
        const value = typeof next === 'function' ? (next as (p: T) => T)(base) : next;
        try {
          globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
        } catch {
          // Storage refused (private mode): the state lasts while the page is open.
        }
        return { key, value };
      });
    },
    [key, fallback, parse],
  );
  return [current, set];
}

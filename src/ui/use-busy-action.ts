// One way to run a screen's async action (a save, a status change) once at a time: a double
// tap, or a second tap before IndexedDB has answered, must not store the change twice.
import { useCallback, useRef, useState } from 'react';

export function useBusyAction() {
  // The ref answers at once; state alone would let a second tap in before React re-renders.
  const running = useRef(false);
  const [busy, setBusy] = useState(false);

  /** Runs `action` unless one is already running; resolves with its result, or undefined when skipped. */
  const run = useCallback(async <R>(action: () => Promise<R>): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      return await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, run };
}

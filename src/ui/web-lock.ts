// Web Locks as the app uses them: a lock held for as long as a screen is open. The browser lets
// go of it when the tab closes or crashes, so a lock can never outlive the screen that took it.
// Where the API is missing (old browsers, tests), every request is simply granted.

export interface HeldLock {
  /** Lets go of the lock (or stops waiting for it). */
  release: () => void;
}

/**
 * Takes `name` and keeps it until `release`. `onGranted` runs once it is held: at once when it
 * is free, later when the holder lets go. With `onTaken`, that runs first when someone else
 * holds it; the request keeps waiting, so `onGranted` follows once it is free.
 */
export function holdWebLock(
  name: string,
  { mode = 'exclusive', onGranted, onTaken }: { mode?: LockMode; onGranted?: () => void; onTaken?: () => void } = {},
): HeldLock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let release: (() => void) | undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let done = false;
  if (!locks) {
    onGranted?.();
    return { release: () => release?.() };
  }
  const hold = () => {
    if (!done) onGranted?.();
    return released;
  };
  const abort = new AbortController();
  const wait = () => locks.request(name, { mode, signal: abort.signal }, hold).catch(() => undefined);
  if (onTaken) {
    locks
      .request(name, { mode, ifAvailable: true }, (lock) => {
        if (lock) return hold();
        if (!done) onTaken();
        void wait();
        return undefined;
      })
      .catch(() => undefined);
  } else void wait();
  return {
    release: () => {
      done = true;
      abort.abort();
      release?.();
    },
  };
}

/** Whether some tab of this app (this one included) holds `name` now. */
export async function webLockHeld(name: string): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.query) return false;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === name);
}

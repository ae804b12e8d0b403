// Web Locks as the browser keeps them, for tests (jsdom has none): a request waits while the
// lock is held in a conflicting mode (unless `ifAvailable`, which gets null, or its `signal`
// aborts), and `query()` lists the held locks until their callback's promise settles.
interface Held {
  name: string;
  mode: LockMode;
}

export function installFakeWebLocks(): { uninstall: () => void } {
  const held: Held[] = [];
  const waiting = new Set<() => void>();
  const conflicts = (name: string, mode: LockMode) =>
    held.some((lock) => lock.name === name && (mode === 'exclusive' || lock.mode === 'exclusive'));
  const locks = {
    async request(name: string, ...rest: unknown[]) {
      const options = (rest.length > 1 ? rest[0] : {}) as LockOptions;
      const callback = rest.at(-1) as (lock: Lock | null) => unknown;
      const mode = options.mode ?? 'exclusive';
      if (conflicts(name, mode)) {
        if (options.ifAvailable) return callback(null);
        await new Promise<void>((resolve, reject) => {
          const retry = () => {
            if (conflicts(name, mode)) return;
            waiting.delete(retry);
            resolve();
          };
          waiting.add(retry);
          options.signal?.addEventListener('abort', () => {
            waiting.delete(retry);
            reject(new DOMException('Aborted', 'AbortError'));
          });
        });
      }
      const lock = { name, mode };
      held.push(lock);
      try {
        return await callback(lock);
      } finally {
        held.splice(held.indexOf(lock), 1);
        for (const retry of [...waiting]) retry();
      }
    },
    query: async () => ({ held: held.map((lock) => ({ ...lock })), pending: [] }),
  };
  const original = Object.getOwnPropertyDescriptor(navigator, 'locks');
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return {
    uninstall: () => {
      if (original) Object.defineProperty(navigator, 'locks', original);
      else delete (navigator as { locks?: unknown }).locks;
    },
  };
}

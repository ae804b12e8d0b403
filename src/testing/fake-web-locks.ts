// Web Locks as the browser keeps them, for tests (jsdom has none): held locks are listed by
// `query()` until the callback's promise settles. Enough for shared locks and `ifAvailable`.
interface Held {
  name: string;
  mode: LockMode;
}

export function installFakeWebLocks(): { held: Held[]; uninstall: () => void } {
  const held: Held[] = [];
  const locks = {
    async request(name: string, ...rest: unknown[]) {
      const options = (rest.length > 1 ? rest[0] : {}) as LockOptions;
      const callback = rest.at(-1) as (lock: Lock | null) => unknown;
      const mode = options.mode ?? 'exclusive';
      const taken = held.some((lock) => lock.name === name && (mode === 'exclusive' || lock.mode === 'exclusive'));
      if (taken && options.ifAvailable) return callback(null);
      const lock = { name, mode };
      held.push(lock);
      try {
        return await callback(lock);
      } finally {
        held.splice(held.indexOf(lock), 1);
      }
    },
    query: async () => ({ held: held.map((lock) => ({ ...lock })), pending: [] }),
  };
  const original = Object.getOwnPropertyDescriptor(navigator, 'locks');
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return {
    held,
    uninstall: () => {
      if (original) Object.defineProperty(navigator, 'locks', original);
      else delete (navigator as { locks?: unknown }).locks;
    },
  };
}

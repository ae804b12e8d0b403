// Service-worker helpers that do not need React. Registration itself is done by useRegisterSW
// (virtual:pwa-register/react) inside <UpdatePrompt />; this file holds the update schedule.

/** How often a visible app asks the server for a new version. */
export const updateCheckIntervalMs = 60 * 60 * 1000;

interface UpdateCheckOptions {
  intervalMs?: number;
  /** Injected for tests. */
  now?: () => number;
}

/**
 * Checks for a new service worker every `intervalMs` while the page is visible and online, and
 * once when the page becomes visible again after the interval has passed (tablets sleep a lot).
 * Returns a function that stops the checks.
 *
 * A found update only installs and waits; nothing reloads. <UpdatePrompt /> asks the user.
 */
export function startUpdateChecks(
  swUrl: string,
  registration: ServiceWorkerRegistration,
  { intervalMs = updateCheckIntervalMs, now = () => Date.now() }: UpdateCheckOptions = {},
): () => void {
  let lastCheck = now();
  let checking = false;

  async function check(): Promise<void> {
    if (checking || registration.installing) return;
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    checking = true;
    lastCheck = now();
    try {
      // Only ask the worker to update when the server answers; offline or a broken server
      // must not turn into an update error.
      const response = await fetch(swUrl, {
        cache: 'no-store',
        headers: { 'cache-control': 'no-cache' },
      });
      if (response.ok) await registration.update();
    } catch {
      // Offline or server gone: try again at the next interval.
    } finally {
      checking = false;
    }
  }

  const timer = setInterval(() => void check(), intervalMs);
  const onVisible = () => {
    if (document.visibilityState === 'visible' && now() - lastCheck >= intervalMs) void check();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', onVisible);

  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('online', onVisible);
  };
}

// Keeps the screen on while `active`: a tablet that dims and locks itself in the middle of a
// meeting interrupts everyone, and residents cannot unlock it. The browser drops the wake lock
// whenever the page is hidden (another app, the power button), so it is asked for again each
// time the page becomes visible. Where the API is missing or refuses (battery saver, an old
// browser), the screen simply follows the tablet's own settings.
import { useEffect } from 'react';

export function useScreenWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = typeof navigator !== 'undefined' ? navigator.wakeLock : undefined;
    if (!active || !wakeLock) return;
    let sentinel: WakeLockSentinel | undefined;
    let closed = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const taken = await wakeLock.request('screen');
        if (closed) await taken.release();
        else sentinel = taken;
      } catch {
        // Refused: nothing to hold, nothing to release.
      }
    };
    const onVisibility = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      closed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}

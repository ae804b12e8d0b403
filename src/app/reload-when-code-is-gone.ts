// An update taken in another tab can remove this version's files: a screen opened afterwards
// then fails to load its code (Vite reports it as `vite:preloadError`). Reloading gives the new
// version, with everything stored kept, so that is what happens, unless a meeting, an election
// or an evaluation is on the screen: those are never reloaded (and an update waits for them,
// see session-running.ts), and the route's error screen offers the reload instead. A second
// failure right after a reload is left to that screen too, so a broken server cannot loop.
import { useEffect, useRef } from 'react';

const reloadedAtKey = 'raadet-reloaded-for-missing-code';
const loopGuardMs = 30_000;
const reloadPage = () => window.location.reload();

export function useReloadWhenCodeIsGone(sessionRunning: boolean, reload = reloadPage): void {
  const sessionRunningRef = useRef(sessionRunning);
  useEffect(() => {
    sessionRunningRef.current = sessionRunning;
  }, [sessionRunning]);

  useEffect(() => {
    const onPreloadError = (event: Event) => {
      if (sessionRunningRef.current) return;
      const last = Number(sessionStorage.getItem(reloadedAtKey) ?? 0);
      if (Date.now() - last < loopGuardMs) return;
      event.preventDefault();
      sessionStorage.setItem(reloadedAtKey, String(Date.now()));
      reload();
    };
    window.addEventListener('vite:preloadError', onPreloadError);
    return () => window.removeEventListener('vite:preloadError', onPreloadError);
  }, [reload]);
}

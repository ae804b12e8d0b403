// Sound belongs to the screen it was started on: when the route changes, whatever is being
// read aloud (speech or a recording) stops, so a resident never hears the last screen's text.
import { useEffect, useRef } from 'react';
import { stopAllSound } from './recording-player';

export function useStopSoundOnNavigation(pathname: string, stop: () => void = stopAllSound): void {
  const last = useRef(pathname);
  useEffect(() => {
    if (last.current === pathname) return;
    last.current = pathname;
    stop();
  }, [pathname, stop]);
}

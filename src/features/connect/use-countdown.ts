// Seconds left until an instant, ticking once a second; 0 once it has passed. Mount it anew
// (a `key`) for another instant.
import { useEffect, useState } from 'react';

const secondsUntil = (iso: string) => Math.max(0, Math.ceil((Date.parse(iso) - Date.now()) / 1000));

export function useSecondsLeft(untilIso: string): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(untilIso));
  useEffect(() => {
    const timer = setInterval(() => setSeconds(secondsUntil(untilIso)), 1000);
    return () => clearInterval(timer);
  }, [untilIso]);
  return seconds;
}

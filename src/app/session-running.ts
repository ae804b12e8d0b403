// Some screens hold residents in the middle of something that cannot be cut off: a meeting, a
// secret election (the tablet goes from hand to hand), an evaluation. While one is open, nothing
// may reload the app: not the update prompt in this tab, and not an update accepted in another
// tab (the new version would take over and this tab's code could be gone mid-ballot). Such a
// screen holds a shared Web Lock for as long as it is open; the browser lets go of it when the
// tab closes or crashes, so it can never block updates for good.
import { useEffect } from 'react';
import { useMatch } from 'react-router';
import { routes } from '../ui/paths';

export const sessionLockName = 'raadet-session-running';

/**
 * Whether this tab shows a meeting, an election or an evaluation. The whole election and
 * evaluation screens count, not only their ballot steps: staff preparing an election merely see
 * the update offer a little later, while a ballot is never interrupted.
 */
export function useSessionRunning(): boolean {
  const running = [useMatch(routes.meetingDuring), useMatch(routes.election), useMatch(routes.meetingEvaluation)].some(
    (match) => match !== null,
  );
  useEffect(() => (running ? holdSessionLock() : undefined), [running]);
  return running;
}

function holdSessionLock(): () => void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return () => undefined;
  let release: (() => void) | undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  locks.request(sessionLockName, { mode: 'shared' }, () => released).catch(() => undefined);
  return () => release?.();
}

/** Whether another tab (or this one) has a meeting, an election or an evaluation open. */
export async function sessionRunsSomewhere(): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.query) return false;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === sessionLockName);
}

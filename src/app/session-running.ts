// Some screens hold residents in the middle of something that cannot be cut off: a meeting, a
// secret election (the tablet goes from hand to hand), an evaluation. While one is open, nothing
// may reload the app: not the update prompt in this tab, and not an update accepted in another
// tab (the new version would take over and this tab's code could be gone mid-ballot). Such a
// screen holds a shared Web Lock for as long as it is open (ui/web-lock.ts), so it can never
// block updates for good: the browser lets go of it when the tab closes or crashes.
import { useEffect } from 'react';
import { useMatch } from 'react-router';
import { routes } from '../ui/paths';
import { holdWebLock, webLockHeld } from '../ui/web-lock';

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
  useEffect(() => {
    if (!running) return;
    const lock = holdWebLock(sessionLockName, { mode: 'shared' });
    return () => lock.release();
  }, [running]);
  return running;
}

/** Whether another tab (or this one) has a meeting, an election or an evaluation open. */
export function sessionRunsSomewhere(): Promise<boolean> {
  return webLockHeld(sessionLockName);
}

// While a secret ballot runs on the shared tablet, the browser's or Android's Back must keep
// the voter in the ballot: one step back from meeting mode is the staff page ("Afslut mødet",
// "Slet mødet"), and a resident pressing Back by accident must never land there.
import { useCallback, useEffect } from 'react';
import { useBlocker, useLocation, useNavigate, type BlockerFunction } from 'react-router';

/**
 * Holds Back (a POP navigation) while `active`: the router puts the page back and nothing
 * changes, so the voter stays on their screen (or the hand-over "Hvem stemmer nu?"). Links the
 * staff tap (PUSH) still work. When the ballot's page is the first entry in the history (opened
 * from the home screen or after a reload at the start), one guard entry of the same address is
 * pushed, so that Back has something to undo inside the app instead of closing it.
 */
export function useBallotBackGuard(active: boolean): void {
  const shouldBlock = useCallback<BlockerFunction>(({ historyAction }) => active && historyAction === 'POP', [active]);
  const blocker = useBlocker(shouldBlock);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);

  const address = location.pathname + location.search;
  useEffect(() => {
    if (!active) return;
    const entry: unknown = window.history.state;
    const index = typeof entry === 'object' && entry !== null && 'idx' in entry ? entry.idx : undefined;
    // replace: false, because react-router turns a navigation to the same address into a replace.
    if (index === 0) void navigate(address, { replace: false, state: { ballotGuard: true } });
  }, [active, address, navigate]);
}

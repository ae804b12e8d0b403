import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useMatch } from 'react-router';
import { SyncStoppedBanner } from '../features/connect/sync-stopped-banner';
import { NoVoiceNotice } from '../ui/no-voice-notice';
import { useStopSoundOnNavigation } from '../ui/stop-sound-on-navigation';
import { routes } from '../ui/paths';
import { useReloadWhenCodeIsGone } from './reload-when-code-is-gone';
import { useSessionRunning } from './session-running';
import { UpdatePrompt } from './update-prompt';

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="app-loading">
      {t('loading')}
    </p>
  );
}

export function RootLayout() {
  // Never offer an update (which reloads the page) while a meeting, an election or an
  // evaluation is on the screen.
  const sessionRunning = useSessionRunning();
  useReloadWhenCodeIsGone(sessionRunning);
  // Residents look at these; the sync screens say it in full themselves.
  const noSyncBanner = [
    sessionRunning,
    useMatch(routes.meetingBefore) !== null,
    useMatch(routes.syncSettings) !== null,
    useMatch(routes.connect) !== null,
    useMatch(routes.setup) !== null,
  ].some(Boolean);
  // Whatever is being read aloud stops when the screen changes.
  useStopSoundOnNavigation(useLocation().pathname);
  return (
    <>
      {/* Above the screen, in the flow: a slim banner that never covers a control. */}
      <Suspense fallback={null}>
        <NoVoiceNotice />
        {!noSyncBanner && <SyncStoppedBanner />}
      </Suspense>
      {/* A screen's strings load the first time it opens; show a quiet notice meanwhile. */}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
      <UpdatePrompt sessionRunning={sessionRunning} />
    </>
  );
}

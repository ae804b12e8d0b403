import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router';
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
  // Never offer an update (which reloads the page) while a meeting is on the screen.
  const meetingRunning = useMatch('/meetings/:meetingId/during') !== null;
  return (
    <>
      {/* A screen's strings load the first time it opens; show a quiet notice meanwhile. */}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
      <UpdatePrompt meetingRunning={meetingRunning} />
    </>
  );
}

import { Outlet, useMatch } from 'react-router';
import { UpdatePrompt } from './update-prompt';

export function RootLayout() {
  // Never offer an update (which reloads the page) while a meeting is on the screen.
  const meetingRunning = useMatch('/meetings/:meetingId/during') !== null;
  return (
    <>
      <Outlet />
      <UpdatePrompt meetingRunning={meetingRunning} />
    </>
  );
}

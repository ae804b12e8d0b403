import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLoading } from './app-loading';
import { NotFoundScreen } from './not-found-screen';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { routes } from '../ui/paths';

/**
 * A screen that loads on demand. Its HydrateFallback shows "Henter …" inside the layout
 * while the code arrives on the first load (without one the router warns and renders nothing).
 */
function screen(path: string, load: () => Promise<ComponentType>): RouteObject {
  return { path, HydrateFallback: AppLoading, lazy: () => load().then((Component) => ({ Component })) };
}

// Screens load on demand so the first screen stays small; the service worker precaches
// every chunk, so they are there offline too.
export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      screen(routes.home, () => import('../features/home/home-screen').then((m) => m.HomeScreen)),
      screen(routes.welcome, () => import('../features/setup/first-run-screen').then((m) => m.FirstRunScreen)),
      screen(routes.settings, () => import('../features/settings/settings-screen').then((m) => m.SettingsScreen)),
      screen(routes.syncSettings, () => import('../features/connect/sync-screen').then((m) => m.SyncScreen)),
      screen(routes.setup, () => import('../features/connect/setup-screen').then((m) => m.SetupScreen)),
      screen(routes.connect, () => import('../features/connect/connect-screen').then((m) => m.ConnectScreen)),
      screen(routes.council, () => import('../features/councils/council-screen').then((m) => m.CouncilScreen)),
      screen(routes.councilMembers, () => import('../features/members/members-screen').then((m) => m.MembersScreen)),
      screen(routes.newMeeting, () =>
        import('../features/meetings/meeting-form-screen').then((m) => m.MeetingFormScreen),
      ),
      screen(routes.meeting, () => import('../features/meetings/meeting-screen').then((m) => m.MeetingScreen)),
      screen(routes.meetingEdit, () =>
        import('../features/meetings/meeting-form-screen').then((m) => m.MeetingFormScreen),
      ),
      screen(routes.meetingAgenda, () =>
        import('../features/prepare-agenda/agenda-builder-screen').then((m) => m.AgendaBuilderScreen),
      ),
      screen(routes.meetingBefore, () =>
        import('../features/before-meeting/picture-agenda-screen').then((m) => m.PictureAgendaScreen),
      ),
      screen(routes.meetingDuring, () =>
        import('../features/run-meeting/meeting-mode-screen').then((m) => m.MeetingModeScreen),
      ),
      screen(routes.meetingAfter, () =>
        import('../features/after-meeting/after-meeting-screen').then((m) => m.AfterMeetingScreen),
      ),
      screen(routes.meetingEvaluation, () =>
        import('../features/evaluation/evaluation-screen').then((m) => m.EvaluationScreen),
      ),
      screen(routes.councilElections, () =>
        import('../features/elections/elections-screen').then((m) => m.ElectionsScreen),
      ),
      screen(routes.election, () => import('../features/elections/election-screen').then((m) => m.ElectionScreen)),
      { path: '*', Component: NotFoundScreen },
    ],
  },
]);

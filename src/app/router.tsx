import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLoading } from './app-loading';
import { NotFoundScreen } from './not-found-screen';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

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
      screen('/', () => import('../features/home/home-screen').then((m) => m.HomeScreen)),
      screen('/welcome', () => import('../features/setup/first-run-screen').then((m) => m.FirstRunScreen)),
      screen('/settings', () => import('../features/settings/settings-screen').then((m) => m.SettingsScreen)),
      screen('/councils/:councilId', () => import('../features/councils/council-screen').then((m) => m.CouncilScreen)),
      screen('/councils/:councilId/members', () =>
        import('../features/members/members-screen').then((m) => m.MembersScreen),
      ),
      screen('/councils/:councilId/meetings/new', () =>
        import('../features/meetings/meeting-form-screen').then((m) => m.MeetingFormScreen),
      ),
      screen('/meetings/:meetingId', () => import('../features/meetings/meeting-screen').then((m) => m.MeetingScreen)),
      screen('/meetings/:meetingId/edit', () =>
        import('../features/meetings/meeting-form-screen').then((m) => m.MeetingFormScreen),
      ),
      screen('/meetings/:meetingId/agenda', () =>
        import('../features/prepare-agenda/agenda-builder-screen').then((m) => m.AgendaBuilderScreen),
      ),
      screen('/meetings/:meetingId/before', () =>
        import('../features/before-meeting/picture-agenda-screen').then((m) => m.PictureAgendaScreen),
      ),
      screen('/meetings/:meetingId/during', () =>
        import('../features/run-meeting/meeting-mode-screen').then((m) => m.MeetingModeScreen),
      ),
      screen('/meetings/:meetingId/after', () =>
        import('../features/after-meeting/after-meeting-screen').then((m) => m.AfterMeetingScreen),
      ),
      screen('/meetings/:meetingId/evaluation', () =>
        import('../features/evaluation/evaluation-screen').then((m) => m.EvaluationScreen),
      ),
      screen('/councils/:councilId/elections', () =>
        import('../features/elections/elections-screen').then((m) => m.ElectionsScreen),
      ),
      screen('/elections/:electionId', () =>
        import('../features/elections/election-screen').then((m) => m.ElectionScreen),
      ),
      { path: '*', Component: NotFoundScreen },
    ],
  },
]);

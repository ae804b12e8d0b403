import { createBrowserRouter } from 'react-router';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

// Screens load on demand so the first screen stays small; the service worker precaches
// every chunk, so they are there offline too.
export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', lazy: () => import('../features/home/home-screen').then((m) => ({ Component: m.HomeScreen })) },
      { path: '/welcome', lazy: () => import('../features/setup/first-run-screen').then((m) => ({ Component: m.FirstRunScreen })) },
      { path: '/settings', lazy: () => import('../features/settings/settings-screen').then((m) => ({ Component: m.SettingsScreen })) },
      { path: '/councils/:councilId', lazy: () => import('../features/councils/council-screen').then((m) => ({ Component: m.CouncilScreen })) },
      { path: '/councils/:councilId/members', lazy: () => import('../features/members/members-screen').then((m) => ({ Component: m.MembersScreen })) },
      { path: '/councils/:councilId/meetings/new', lazy: () => import('../features/meetings/meeting-form-screen').then((m) => ({ Component: m.MeetingFormScreen })) },
      { path: '/meetings/:meetingId', lazy: () => import('../features/meetings/meeting-screen').then((m) => ({ Component: m.MeetingScreen })) },
      { path: '/meetings/:meetingId/edit', lazy: () => import('../features/meetings/meeting-form-screen').then((m) => ({ Component: m.MeetingFormScreen })) },
      { path: '/meetings/:meetingId/agenda', lazy: () => import('../features/prepare-agenda/agenda-builder-screen').then((m) => ({ Component: m.AgendaBuilderScreen })) },
      { path: '/meetings/:meetingId/before', lazy: () => import('../features/before-meeting/picture-agenda-screen').then((m) => ({ Component: m.PictureAgendaScreen })) },
      { path: '/meetings/:meetingId/during', lazy: () => import('../features/run-meeting/meeting-mode-screen').then((m) => ({ Component: m.MeetingModeScreen })) },
      { path: '/meetings/:meetingId/after', lazy: () => import('../features/after-meeting/after-meeting-screen').then((m) => ({ Component: m.AfterMeetingScreen })) },
      { path: '/meetings/:meetingId/evaluation', lazy: () => import('../features/evaluation/evaluation-screen').then((m) => ({ Component: m.EvaluationScreen })) },
      { path: '/councils/:councilId/elections', lazy: () => import('../features/elections/elections-screen').then((m) => ({ Component: m.ElectionsScreen })) },
      { path: '/elections/:electionId', lazy: () => import('../features/elections/election-screen').then((m) => ({ Component: m.ElectionScreen })) },
      { path: '*', Component: RouteError },
    ],
  },
]);

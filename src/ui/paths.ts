// Every address the app has, written once. The router mounts its screens at `routes`, and
// links and navigation build addresses with `paths`, which fill those same patterns (ids
// URL-encoded) and are type-checked against their parameter names: a link cannot point at a
// route that does not exist, and renaming a route moves every link with it.
import { generatePath, useParams, type PathParam } from 'react-router';

export const routes = {
  home: '/',
  welcome: '/welcome',
  settings: '/settings',
  syncSettings: '/settings/sync',
  /** The server's first-start link: `/setup#code=…` (the code stays in the fragment). */
  setup: '/setup',
  /** Where an enrolment QR code leads: `/connect#code=…`. */
  connect: '/connect',
  council: '/councils/:councilId',
  councilMembers: '/councils/:councilId/members',
  newMeeting: '/councils/:councilId/meetings/new',
  councilElections: '/councils/:councilId/elections',
  meeting: '/meetings/:meetingId',
  meetingEdit: '/meetings/:meetingId/edit',
  meetingAgenda: '/meetings/:meetingId/agenda',
  meetingBefore: '/meetings/:meetingId/before',
  meetingDuring: '/meetings/:meetingId/during',
  meetingAfter: '/meetings/:meetingId/after',
  meetingEvaluation: '/meetings/:meetingId/evaluation',
  election: '/elections/:electionId',
} as const;

type RoutePattern = (typeof routes)[keyof typeof routes];
// Distributes over a union, so a screen mounted at two patterns may read the names of both.
type ParamName<P extends string> = P extends string ? PathParam<P> : never;

// "Før mødet" opened by staff from the agenda builder shows a bar with the way back to it.
const previewParam = 'preview';
// Setup and enrolment codes travel in the fragment (`#code=…`): browsers never send it to a server.
const codeParam = 'code';

export const paths = {
  home: () => routes.home,
  welcome: () => routes.welcome,
  settings: () => routes.settings,
  syncSettings: () => routes.syncSettings,
  setup: () => routes.setup,
  /** With a code, the link an enrolment QR code holds (the code rides in the fragment, never to a server log). */
  connect: (code?: string) => routes.connect + (code ? `#${codeParam}=${encodeURIComponent(code)}` : ''),
  council: (councilId: string) => generatePath(routes.council, { councilId }),
  councilMembers: (councilId: string) => generatePath(routes.councilMembers, { councilId }),
  newMeeting: (councilId: string) => generatePath(routes.newMeeting, { councilId }),
  councilElections: (councilId: string) => generatePath(routes.councilElections, { councilId }),
  meeting: (meetingId: string) => generatePath(routes.meeting, { meetingId }),
  meetingEdit: (meetingId: string) => generatePath(routes.meetingEdit, { meetingId }),
  meetingAgenda: (meetingId: string) => generatePath(routes.meetingAgenda, { meetingId }),
  meetingBefore: (meetingId: string, { preview = false }: { preview?: boolean } = {}) =>
    generatePath(routes.meetingBefore, { meetingId }) + (preview ? `?${previewParam}=1` : ''),
  meetingDuring: (meetingId: string) => generatePath(routes.meetingDuring, { meetingId }),
  meetingAfter: (meetingId: string) => generatePath(routes.meetingAfter, { meetingId }),
  meetingEvaluation: (meetingId: string) => generatePath(routes.meetingEvaluation, { meetingId }),
  election: (electionId: string) => generatePath(routes.election, { electionId }),
};

/** Whether "Før mødet" was opened as staff's preview (`paths.meetingBefore(id, { preview: true })`). */
export function isPreview(search: URLSearchParams): boolean {
  return search.get(previewParam) === '1';
}

/** The setup or enrolment code in a fragment such as `#code=ABCD-EFGH`, if there is one. */
export function fragmentCode(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get(codeParam)?.trim() || undefined;
}

/**
 * `useParams` for a screen mounted at the given patterns: only their parameter names can be
 * read, so a misspelt name is a type error instead of a screen that never finds its record.
 * The patterns are there for the type only.
 */
export function useRouteParams<P extends RoutePattern>(..._mountedAt: P[]) {
  return useParams<ParamName<P>>();
}

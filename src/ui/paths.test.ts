import { matchPath, matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fragmentCode, isPreview, paths, routes } from './paths';

// One case per builder, with the id each one fills in, so a new route without a case fails below.
const cases: { [K in keyof typeof paths]: { pattern: string; build: () => string; params: Record<string, string> } } = {
  home: { pattern: routes.home, build: () => paths.home(), params: {} },
  welcome: { pattern: routes.welcome, build: () => paths.welcome(), params: {} },
  settings: { pattern: routes.settings, build: () => paths.settings(), params: {} },
  syncSettings: { pattern: routes.syncSettings, build: () => paths.syncSettings(), params: {} },
  setup: { pattern: routes.setup, build: () => paths.setup(), params: {} },
  connect: { pattern: routes.connect, build: () => paths.connect(), params: {} },
  council: { pattern: routes.council, build: () => paths.council('c-1'), params: { councilId: 'c-1' } },
  councilMembers: {
    pattern: routes.councilMembers,
    build: () => paths.councilMembers('c-1'),
    params: { councilId: 'c-1' },
  },
  newMeeting: { pattern: routes.newMeeting, build: () => paths.newMeeting('c-1'), params: { councilId: 'c-1' } },
  councilElections: {
    pattern: routes.councilElections,
    build: () => paths.councilElections('c-1'),
    params: { councilId: 'c-1' },
  },
  meeting: { pattern: routes.meeting, build: () => paths.meeting('m-1'), params: { meetingId: 'm-1' } },
  meetingEdit: { pattern: routes.meetingEdit, build: () => paths.meetingEdit('m-1'), params: { meetingId: 'm-1' } },
  meetingAgenda: {
    pattern: routes.meetingAgenda,
    build: () => paths.meetingAgenda('m-1'),
    params: { meetingId: 'm-1' },
  },
  meetingBefore: {
    pattern: routes.meetingBefore,
    build: () => paths.meetingBefore('m-1'),
    params: { meetingId: 'm-1' },
  },
  meetingDuring: {
    pattern: routes.meetingDuring,
    build: () => paths.meetingDuring('m-1'),
    params: { meetingId: 'm-1' },
  },
  meetingAfter: { pattern: routes.meetingAfter, build: () => paths.meetingAfter('m-1'), params: { meetingId: 'm-1' } },
  meetingEvaluation: {
    pattern: routes.meetingEvaluation,
    build: () => paths.meetingEvaluation('m-1'),
    params: { meetingId: 'm-1' },
  },
  election: { pattern: routes.election, build: () => paths.election('e-1'), params: { electionId: 'e-1' } },
};

describe('paths', () => {
  it.each(Object.entries(cases))(
    '%s builds an address its own pattern matches',
    (_name, { pattern, build, params }) => {
      expect(matchPath(pattern, build())?.params).toEqual(params);
    },
  );

  it.each(Object.entries(cases))('%s leads to its own route and no other', (_name, { pattern, build }) => {
    const all = Object.values(routes).map((path) => ({ path }));
    expect(matchRoutes(all, build())?.map((match) => match.route.path)).toEqual([pattern]);
  });

  it('has one pattern per builder and no two routes with the same pattern', () => {
    expect(Object.keys(routes).sort()).toEqual(Object.keys(paths).sort());
    expect(new Set(Object.values(routes)).size).toBe(Object.values(routes).length);
  });

  it.each([
    ['a slash', 'a/b', 'a%2Fb'],
    ['a space', 'a b', 'a%20b'],
    ['a question mark and a hash', 'a?b#c', 'a%3Fb%23c'],
    ['Danish letters', 'møde-å', 'm%C3%B8de-%C3%A5'],
  ])('URL-encodes an id with %s, and the router reads it back unchanged', (_case, id, encoded) => {
    expect(paths.meetingAgenda(id)).toBe(`/meetings/${encoded}/agenda`);
    // matchRoutes, as the router does: it decodes the address before it reads the parameters.
    const paramsAt = (pattern: string, address: string) => matchRoutes([{ path: pattern }], address)?.[0]?.params;
    expect(paramsAt(routes.meetingAgenda, paths.meetingAgenda(id))).toEqual({ meetingId: id });
    expect(paramsAt(routes.council, paths.council(id))).toEqual({ councilId: id });
    expect(paramsAt(routes.election, paths.election(id))).toEqual({ electionId: id });
  });

  it('opens "Før mødet" as a preview only when asked to', () => {
    const preview = new URL(paths.meetingBefore('m-1', { preview: true }), 'http://localhost');
    expect(matchPath(routes.meetingBefore, preview.pathname)?.params.meetingId).toBe('m-1');
    expect(isPreview(preview.searchParams)).toBe(true);
    expect(isPreview(new URL(paths.meetingBefore('m-1'), 'http://localhost').searchParams)).toBe(false);
  });
});

describe('codes in the fragment', () => {
  it('puts an enrolment code in the fragment of the connect address and reads it back', () => {
    const link = new URL(paths.connect('ABCD-EFGH'), 'http://localhost');
    expect(link.pathname).toBe(routes.connect);
    expect(link.search).toBe('');
    expect(fragmentCode(link.hash)).toBe('ABCD-EFGH');
  });

  it.each([
    ['the server’s setup link', '#code=7KQM-4XTB-9PRA', '7KQM-4XTB-9PRA'],
    ['no fragment', '', undefined],
    ['an empty code', '#code=', undefined],
    ['another fragment', '#top', undefined],
  ])('reads %s', (_case, hash, code) => {
    expect(fragmentCode(hash)).toBe(code);
  });
});

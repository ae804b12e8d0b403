import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { installFakeWebLocks } from '../testing/fake-web-locks';
import { paths, routes } from '../ui/paths';
import { sessionRunsSomewhere, useSessionRunning } from './session-running';

let locks: ReturnType<typeof installFakeWebLocks>;
beforeEach(() => {
  locks = installFakeWebLocks();
});
afterEach(() => {
  cleanup();
  locks.uninstall();
});

function Probe() {
  return <p>{useSessionRunning() ? 'running' : 'idle'}</p>;
}

function openAt(url: string) {
  const router = createMemoryRouter(
    [routes.home, routes.meetingDuring, routes.election, routes.meetingEvaluation, routes.meeting].map((path) => ({
      path,
      element: <Probe />,
    })),
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('a meeting, an election or an evaluation on the screen', () => {
  it.each([
    ['a running meeting', paths.meetingDuring('m-1')],
    ['an election', paths.election('e-1')],
    ['an evaluation', paths.meetingEvaluation('m-1')],
  ])('counts %s as a session and tells other tabs while it is open', async (_label, url) => {
    const router = openAt(url);
    expect(screen.getByText('running')).toBeInTheDocument();
    await act(async () => undefined);
    expect(await sessionRunsSomewhere()).toBe(true);

    await act(() => router.navigate(paths.home()));
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(await sessionRunsSomewhere()).toBe(false);
  });

  it('does not count an ordinary staff screen', async () => {
    openAt(paths.meeting('m-1'));
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(await sessionRunsSomewhere()).toBe(false);
  });
});

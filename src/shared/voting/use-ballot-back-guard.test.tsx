import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { useBallotBackGuard } from './use-ballot-back-guard';

afterEach(() => cleanup());

function Ballot({ active }: { active: boolean }) {
  useBallotBackGuard(active);
  return (
    <>
      <h1>Stem her</h1>
      <Link to="/staff">Til mødesiden</Link>
    </>
  );
}

function setup(active: boolean) {
  const router = createMemoryRouter(
    [
      { path: '/staff', element: <h1>Mødesiden</h1> },
      { path: '/ballot', element: <Ballot active={active} /> },
    ],
    { initialEntries: ['/staff', '/ballot'], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useBallotBackGuard', () => {
  it('keeps the ballot on screen when Back is pressed during a ballot', async () => {
    const router = setup(true);
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/ballot');
    expect(screen.getByRole('heading', { name: 'Stem her' })).toBeInTheDocument();
  });

  it('still lets staff follow a link', async () => {
    const router = setup(true);
    await act(async () => screen.getByRole('link', { name: 'Til mødesiden' }).click());
    expect(router.state.location.pathname).toBe('/staff');
  });

  it('lets Back work as usual when no ballot runs', async () => {
    const router = setup(false);
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/staff');
  });
});

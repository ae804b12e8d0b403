import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from './providers';
import { RootLayout } from './root-layout';
import { initI18n } from '../i18n/i18n';
import { appSyncEngine } from '../sync/use-sync-status';
import { freshDatabase } from '../testing/render';
import { paths, routes } from '../ui/paths';

afterEach(() => {
  cleanup();
  appSyncEngine().status.update({ state: { kind: 'not-enrolled' }, pending: 0 });
});

async function openAt(url: string) {
  freshDatabase();
  await initI18n('da');
  const router = createMemoryRouter(
    [
      {
        element: <RootLayout />,
        children: [
          { path: routes.home, element: <p>Forsiden</p> },
          { path: routes.meetingDuring, element: <p>Mødet</p> },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
}

const revokedText = /Denne tablet har ikke længere adgang til tilbuddets fælles data/;

describe('banner when sync has stopped', () => {
  it('tells staff on every staff screen that this tablet was revoked, with the way to connect again', async () => {
    await openAt(paths.home());
    act(() => appSyncEngine().status.update({ state: { kind: 'revoked' } }));
    expect(await screen.findByText(revokedText)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forbind igen' })).toHaveAttribute('href', paths.syncSettings());
  });

  it('offers a reload when the app must be updated', async () => {
    await openAt(paths.home());
    act(() => appSyncEngine().status.update({ state: { kind: 'update-app' } }));
    expect(await screen.findByRole('button', { name: 'Genindlæs appen' })).toBeInTheDocument();
  });

  it('stays off the meeting the residents are looking at', async () => {
    await openAt(paths.meetingDuring('m-1'));
    act(() => appSyncEngine().status.update({ state: { kind: 'revoked' } }));
    expect(await screen.findByText('Mødet')).toBeInTheDocument();
    expect(screen.queryByText(revokedText)).not.toBeInTheDocument();
  });
});

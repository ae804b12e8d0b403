import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { issueSetupCode } from '../../../server/src/auth/setup';
import { readConnection } from '../../storage/sync-state';
import { appSyncEngine } from '../../sync/use-sync-status';
import { freshDatabase, renderScreen } from '../../testing/render';
import { paths, routes } from '../../ui/paths';
import { withConnectTestServer } from './connect-test-server';
import { SetupScreen } from './setup-screen';

const server = withConnectTestServer();

function openSetupLink(code: string) {
  return renderScreen(<SetupScreen />, { path: routes.setup, url: `${paths.setup()}#code=${code}` });
}

describe('setup screen', () => {
  it('reads the code from the link, takes it out of the address and makes this device the administrator', async () => {
    const db = freshDatabase();
    const code = (await issueSetupCode(server().db, Date.now()))!;
    const { router } = openSetupLink(code);
    expect(await screen.findByLabelText('Opsætningskode', { exact: false })).toHaveValue(code);
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(screen.getByText(/Alt, der allerede er på denne enhed, kommer over/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Tilbuddets navn', { exact: false }), 'Solhjem');
    await userEvent.type(screen.getByLabelText('Navn på denne enhed', { exact: false }), 'Kontor-pc');
    await userEvent.click(screen.getByRole('button', { name: 'Opsæt' }));

    expect(await screen.findByRole('heading', { name: /forbundet til Solhjem/ })).toHaveFocus();
    expect(screen.getByText(/tilbuddets administrator/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til synkronisering' })).toHaveAttribute('href', paths.syncSettings());
    expect(await readConnection(db)).toMatchObject({
      serverUrl: '',
      deviceName: 'Kontor-pc',
      role: 'admin',
      spaceName: 'Solhjem',
      token: expect.any(String),
    });
    expect(appSyncEngine().start).toHaveBeenCalled();
  });

  it('says in Danish that the server is set up when the link was used already, and stores nothing', async () => {
    const db = freshDatabase();
    // The first test made an administrator: no new code is issued, an old one is refused.
    openSetupLink('7KQM-4XTB-9PRA');
    await userEvent.type(await screen.findByLabelText('Tilbuddets navn', { exact: false }), 'Solhjem');
    await userEvent.type(screen.getByLabelText('Navn på denne enhed', { exact: false }), 'Anden pc');
    await userEvent.click(screen.getByRole('button', { name: 'Opsæt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Serveren er allerede sat op|Koden er ikke rigtig/);
    expect(screen.queryByText(/This server/)).not.toBeInTheDocument();
    expect(await readConnection(db)).toBeUndefined();
  });

  it('says the server cannot be reached when offline', async () => {
    freshDatabase();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    openSetupLink('7KQM-4XTB-9PRA');
    await userEvent.type(await screen.findByLabelText('Tilbuddets navn', { exact: false }), 'Solhjem');
    await userEvent.type(screen.getByLabelText('Navn på denne enhed', { exact: false }), 'Kontor-pc');
    await userEvent.click(screen.getByRole('button', { name: 'Opsæt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der er ingen forbindelse til serveren');
  });

  it('asks for the names before it sends anything', async () => {
    freshDatabase();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    openSetupLink('7KQM-4XTB-9PRA');
    await userEvent.click(await screen.findByRole('button', { name: 'Opsæt' }));
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(fetch).not.toHaveBeenCalled();
  });
});

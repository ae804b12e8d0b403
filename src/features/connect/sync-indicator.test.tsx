import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appSyncEngine } from '../../sync/use-sync-status';
import { freshDatabase, renderScreen } from '../../testing/render';
import { paths } from '../../ui/paths';
import { StaffPage } from '../../ui/staff-page';

afterEach(() => {
  cleanup();
  appSyncEngine().status.update({ state: { kind: 'not-enrolled' }, pending: 0, heldBack: 0 });
});

function staffScreen() {
  freshDatabase();
  return renderScreen(
    <StaffPage title="Møder">
      <p>Indhold</p>
    </StaffPage>,
  );
}

describe('sync indicator in the staff header', () => {
  it('shows nothing on a device that works alone', async () => {
    staffScreen();
    await screen.findByText('Indhold');
    expect(screen.queryByRole('link', { name: /Synkronisering/ })).not.toBeInTheDocument();
  });

  it.each([
    [{ state: { kind: 'synced' as const }, pending: 0 }, 'Synkronisering: Opdateret', '✓'],
    [{ state: { kind: 'synced' as const }, pending: 3 }, 'Synkronisering: 3 ændringer venter', '↑'],
    [{ state: { kind: 'offline' as const }, pending: 0 }, 'Synkronisering: Ingen forbindelse', '⊘'],
    [{ state: { kind: 'revoked' as const }, pending: 0 }, 'Synkronisering: Ingen adgang', '✕'],
    [{ state: { kind: 'synced' as const }, pending: 1, heldBack: 2 }, 'Synkronisering: 2 holdt tilbage', '⚠'],
  ])('says %o in words and a shape, linking to the Sync screen', async (status, name, shape) => {
    staffScreen();
    act(() => appSyncEngine().status.update(status));
    const link = await screen.findByRole('link', { name });
    expect(link).toHaveAttribute('href', paths.syncSettings());
    expect(link).toHaveTextContent(shape);
  });
});

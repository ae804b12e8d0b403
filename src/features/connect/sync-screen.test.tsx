import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDevice, createSpace } from '../../../server/src/auth/devices';
import { asDevice } from '../../../server/src/testing/access-client';
import { newId } from '../../domain/ids';
import type { RaadetDatabase } from '../../storage/database';
import { meetings } from '../../storage/repositories';
import { readConnection, saveConnection, type SyncConnection } from '../../storage/sync-state';
import { appSyncEngine } from '../../sync/use-sync-status';
import { freshDatabase, renderScreen } from '../../testing/render';
import { paths, routes } from '../../ui/paths';
import { withConnectTestServer } from './connect-test-server';
import { SyncScreen } from './sync-screen';

const server = withConnectTestServer();
let spaceId: string;
beforeEach(async () => {
  spaceId = await createSpace(server().db, 'Solhjem');
});

async function enrolled(db: RaadetDatabase, name: string, role: 'shared-tablet' | 'staff' | 'admin') {
  const { device, token } = await createDevice(server().db, spaceId, name, role);
  const connection: SyncConnection = {
    serverUrl: '',
    token,
    deviceId: device.id,
    deviceName: name,
    role,
    spaceId,
    spaceName: 'Solhjem',
  };
  await saveConnection(db, connection);
  return { device, token };
}

const openSync = () => renderScreen(<SyncScreen />, { path: routes.syncSettings, url: paths.syncSettings() });

describe('sync screen', () => {
  it('connects a device that works alone with a code typed in small letters without the dash', async () => {
    const db = freshDatabase();
    const staff = await createDevice(server().db, spaceId, 'Kontor-pc', 'staff');
    const issued = (await asDevice(server().app, staff.token).issueCode({ role: 'shared-tablet' })).json<{
      code: string;
    }>();
    openSync();
    expect(await screen.findByText(/ikke forbundet til et tilbud/)).toBeInTheDocument();
    expect(screen.getByText(/Alt, der allerede er på denne enhed, kommer over til tilbuddet/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Kode', { exact: false }), issued.code.replace('-', '').toLowerCase());
    await userEvent.type(screen.getByLabelText('Navn på denne enhed', { exact: false }), 'Stuen');
    await userEvent.click(screen.getByRole('button', { name: 'Forbind' }));

    expect(await screen.findByText(/Denne enhed er forbundet til Solhjem/)).toBeInTheDocument();
    expect(await readConnection(db)).toMatchObject({ deviceName: 'Stuen', role: 'shared-tablet', serverUrl: '' });
    expect(appSyncEngine().start).toHaveBeenCalled();
    // A shared tablet gets no staff tools.
    expect(screen.queryByRole('heading', { name: 'Tilføj en enhed' })).not.toBeInTheDocument();
  });

  it('says in Danish that a code is used, never the server’s English', async () => {
    freshDatabase();
    const staff = await createDevice(server().db, spaceId, 'Kontor-pc', 'staff');
    const { code } = (await asDevice(server().app, staff.token).issueCode({ role: 'staff', deviceName: 'A' })).json<{
      code: string;
    }>();
    await server().app.inject({ method: 'POST', url: '/api/enrol', payload: { code } });
    openSync();
    await userEvent.type(await screen.findByLabelText('Kode', { exact: false }), code);
    await userEvent.click(screen.getByRole('button', { name: 'Forbind' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Den kode er allerede brugt');
  });

  it('shows the status at a glance with shape and words, the last sync, progress and Sync now', async () => {
    const db = freshDatabase();
    await enrolled(db, 'Stuen', 'shared-tablet');
    const engine = appSyncEngine();
    engine.status.update({ state: { kind: 'synced' }, pending: 2, lastSuccessAt: new Date().toISOString() });
    openSync();
    const words = await screen.findByText('2 ændringer venter på at komme til tilbuddet');
    // A shape beside the words, not colour alone.
    expect(words.closest('[role="status"]')).toHaveTextContent('↑');
    expect(screen.getByText(/Sidst synkroniseret i dag kl\. \d\d\.\d\d/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Synkroniser nu' }));
    expect(engine.requestSync).toHaveBeenCalled();

    engine.status.update({ state: { kind: 'receiving' }, pull: { pages: 3, records: 1500, more: true } });
    expect(await screen.findByRole('progressbar', { name: /Har hentet 1500 poster/ })).toBeInTheDocument();
    engine.status.update({ state: { kind: 'offline' }, pull: undefined });
    expect(await screen.findByText('Ingen forbindelse til tilbuddet')).toBeInTheDocument();
    engine.status.update({ state: { kind: 'clock-ahead' } });
    expect(await screen.findByText(/går mere end 5 minutter forud/)).toBeInTheDocument();
  });

  it('tells a revoked tablet that its data is kept, and offers to connect again', async () => {
    const db = freshDatabase();
    await enrolled(db, 'Stuen', 'shared-tablet');
    const { token: _token, ...withoutToken } = (await readConnection(db))!;
    await saveConnection(db, withoutToken);
    openSync();
    expect(
      await screen.findByText(
        'Denne tablet har ikke længere adgang til tilbuddets fælles data. Alt på den er gemt. Bed en medarbejder om at forbinde den igen.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Forbind' })).toBeInTheDocument();
  });

  it('offers a reload when the app must be updated', async () => {
    const db = freshDatabase();
    await enrolled(db, 'Stuen', 'shared-tablet');
    appSyncEngine().status.update({ state: { kind: 'update-app' } });
    openSync();
    expect(await screen.findByRole('button', { name: 'Genindlæs appen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Synkroniser nu' })).not.toBeInTheDocument();
  });

  it('lets an administrator make a code of any role, shown big, as a QR code, with the time left', async () => {
    const db = freshDatabase();
    await enrolled(db, 'Kontor-pc', 'admin');
    openSync();
    const add = await screen.findByRole('region', { name: 'Tilføj en enhed' });
    const roles = within(add).getAllByRole('radio');
    expect(roles.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Fælles tablet',
      'Medarbejderenhed',
      'Administrator',
    ]);
    await userEvent.click(within(add).getByRole('radio', { name: 'Medarbejderenhed' }));
    await userEvent.type(within(add).getByLabelText('Navn på den nye enhed', { exact: false }), 'Annes telefon');
    await userEvent.click(within(add).getByRole('button', { name: 'Lav en kode' }));

    const code = await within(add).findByText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await within(add).findByRole('img', { name: 'QR-kode, der forbinder en ny enhed' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    expect(within(add).getByText(/Koden gælder i (10:00|9:5\d) endnu/)).toBeInTheDocument();
    // The code works: the new device is a staff device with the suggested name.
    const answer = await server().app.inject({
      method: 'POST',
      url: '/api/enrol',
      payload: { code: code.textContent },
    });
    expect(answer.json()).toMatchObject({ device: { name: 'Annes telefon', role: 'staff' } });
  });

  it('offers a staff device only shared tablets and staff devices, and lists the facility’s devices', async () => {
    const db = freshDatabase();
    await createDevice(server().db, spaceId, 'Chefens pc', 'admin');
    // Named neither on the code nor when it connected.
    await createDevice(server().db, spaceId, '', 'shared-tablet');
    await enrolled(db, 'Kontor-pc', 'staff');
    openSync();
    const add = await screen.findByRole('region', { name: 'Tilføj en enhed' });
    expect(within(add).getAllByRole('radio')).toHaveLength(2);
    const table = await screen.findByRole('table', { name: 'Tilbuddets enheder' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Created within the same instant here, so their order is not the point.
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent).sort()).toEqual([
      'Chefens pc',
      'Enhed uden navn',
      'Kontor-pc (denne enhed)',
    ]);
    // Staff may not revoke an administrator, and nobody revokes the device in their hand.
    expect(
      within(table)
        .getAllByRole('button', { name: /Fjern adgang/ })
        .map((button) => button.textContent),
    ).toEqual([expect.stringContaining('Fjern adgang')]);
    expect(within(table).getByRole('button', { name: 'Fjern adgang for Enhed uden navn' })).toBeInTheDocument();
  });

  it('revokes a tablet after asking', async () => {
    const db = freshDatabase();
    const tablet = await createDevice(server().db, spaceId, 'Stuen', 'shared-tablet');
    await enrolled(db, 'Kontor-pc', 'admin');
    openSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Fjern adgang for Stuen' }));
    expect(screen.getByText(/Vil du fjerne adgangen for Stuen\?/)).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Ja, fjern adgangen' }));
    expect(await screen.findByText(/Adgang fjernet/)).toBeInTheDocument();
    const me = await asDevice(server().app, tablet.token).me();
    expect(me.statusCode).toBe(401);
  });

  it('shows a "has voted" fact recorded differently on two tablets without offering a restore that could not work', async () => {
    const db = freshDatabase();
    const { device } = await enrolled(db, 'Kontor-pc', 'staff');
    await server().db.query(
      `insert into overwritten_values (space_id, table_name, record_id, field, value, stamp, winner, winner_stamp, device_id)
       values ($1, 'hasVoted', $2, 'assisted', 'true', 's2', 'false', 's1', $3)`,
      [spaceId, newId(), device.id],
    );
    openSync();
    const list = await screen.findByRole('list', { name: 'Overskrevne værdier' });
    expect(
      await within(list).findByText(/Med hjælp står som nej, som det blev registreret først\./),
    ).toBeInTheDocument();
    expect(within(list).getByText(/Det, der gik tabt: ja\./)).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /^Gendan/ })).not.toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /^Behold Med hjælp/ })).toBeInTheDocument();
  });

  it('lists an overwritten value in plain words; Restore writes it back here and settles it', async () => {
    const db = freshDatabase();
    const { device } = await enrolled(db, 'Kontor-pc', 'staff');
    const meeting = await meetings.save({
      id: newId(),
      councilId: newId(),
      title: 'Tabletens titel',
      startsAt: '2026-03-04T10:00:00.000Z',
      endsAt: '2026-03-04T11:00:00.000Z',
      isOpen: false,
      status: 'planned',
    });
    const [entry] = await server().db.query<{ id: string }>(
      `insert into overwritten_values (space_id, table_name, record_id, field, value, stamp, winner, winner_stamp, device_id)
       values ($1, 'meetings', $2, 'title', $3, 's1', $4, 's2', $5) returning id`,
      [spaceId, meeting.id, JSON.stringify('Medarbejderens titel'), JSON.stringify('Tabletens titel'), device.id],
    );
    openSync();
    const list = await screen.findByRole('list', { name: 'Overskrevne værdier' });
    const item = await within(list).findByText('Møde „Tabletens titel“');
    expect(within(list).getByText(/Titlen blev ændret til “Tabletens titel”\./)).toBeInTheDocument();
    expect(within(list).getByText(/Det, der gik tabt: “Medarbejderens titel”\./)).toBeInTheDocument();
    expect(within(list).getByText(/af Kontor-pc/)).toBeInTheDocument();
    expect(item).toBeInTheDocument();

    await userEvent.click(within(list).getByRole('button', { name: /^Gendan Titlen/ }));
    await waitFor(async () => expect((await meetings.get(meeting.id))?.title).toBe('Medarbejderens titel'));
    expect(await screen.findByText('Intet er blevet overskrevet.')).toBeInTheDocument();
    const settled = await server().db.query<{ settled_at: unknown }>(
      'select settled_at from overwritten_values where id = $1',
      [entry!.id],
    );
    expect(settled[0]!.settled_at).not.toBeNull();
    // The restore is an ordinary edit: it waits in the outbox to sync.
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });
});

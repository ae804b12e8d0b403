import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createDevice, createSpace } from '../../../server/src/auth/devices';
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/meeting';
import type { RaadetDatabase } from '../../storage/database';
import { holdBack } from '../../storage/held-changes';
import { meetings } from '../../storage/repositories';
import { finishPushBatch, takePushBatch } from '../../storage/sync-push-batch';
import { saveConnection } from '../../storage/sync-state';
import { appSyncEngine } from '../../sync/use-sync-status';
import { freshDatabase, renderScreen } from '../../testing/render';
import { paths, routes } from '../../ui/paths';
import { withConnectTestServer } from './connect-test-server';
import { SyncScreen } from './sync-screen';

const server = withConnectTestServer();

async function tabletWithHeldMeeting(): Promise<{ db: RaadetDatabase; meeting: Meeting }> {
  const db = freshDatabase();
  const spaceId = await createSpace(server().db, 'Solhjem');
  const { device, token } = await createDevice(server().db, spaceId, 'Stuen', 'shared-tablet');
  await saveConnection(db, {
    serverUrl: '',
    token,
    deviceId: device.id,
    deviceName: 'Stuen',
    role: 'shared-tablet',
    spaceId,
    spaceName: 'Solhjem',
  });
  const meeting = await meetings.save({
    id: newId(),
    councilId: newId(),
    title: 'Sommermøde',
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  });
  // As a push does it: the batch is taken, the server refuses its one mutation, the batch is done.
  const batch = (await takePushBatch(db, 200))!;
  await holdBack(db, batch.mutations[0]!, {
    code: 'invalid-record',
    message: 'Mutation 1 (meetings): title: too small',
  });
  await finishPushBatch(db);
  appSyncEngine().status.update({ state: { kind: 'synced' }, pending: 0, heldBack: 1 });
  return { db, meeting };
}

const openSync = () => renderScreen(<SyncScreen />, { path: routes.syncSettings, url: paths.syncSettings() });

describe('changes held back on the sync screen', () => {
  it('says in words and a shape that a change is held back, what it is, why and when it was made', async () => {
    await tabletWithHeldMeeting();
    openSync();
    const state = await screen.findByText('1 ændring er holdt tilbage');
    expect(state.closest('[role="status"]')).toHaveTextContent('⚠');
    const list = await screen.findByRole('list', { name: 'Ændringer holdt tilbage' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Møde: Sommermøde');
    expect(item).toHaveTextContent('Grund: Serveren godkender ikke oplysningerne.');
    expect(item).toHaveTextContent(/Lavet .+ kl\. \d\d\.\d\d\./);
  });

  it('puts the change back in the outbox with Try again and asks for a sync', async () => {
    const { db, meeting } = await tabletWithHeldMeeting();
    openSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Prøv igen: Møde: Sommermøde' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Ændringer holdt tilbage' })).not.toBeInTheDocument(),
    );
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ table: 'meetings', id: meeting.id })]);
    expect(appSyncEngine().requestSync).toHaveBeenCalled();
  });

  it('puts every held-back change back at once with Try all again', async () => {
    const { db } = await tabletWithHeldMeeting();
    await meetings.save({
      id: newId(),
      councilId: newId(),
      title: 'Høstmøde',
      startsAt: '2026-09-04T10:00:00.000Z',
      endsAt: '2026-09-04T11:00:00.000Z',
      isOpen: false,
      status: 'planned',
    });
    const batch = (await takePushBatch(db, 200))!;
    await holdBack(db, batch.mutations[0]!, { code: 'too-large' });
    await finishPushBatch(db);
    openSync();
    const list = await screen.findByRole('list', { name: 'Ændringer holdt tilbage' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByText('Møde: Høstmøde').closest('li')).toHaveTextContent('for stort (højst 5 MB)');
    await userEvent.click(screen.getByRole('button', { name: 'Prøv alle igen' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Ændringer holdt tilbage' })).not.toBeInTheDocument(),
    );
    expect(await db.outbox.count()).toBe(2);
    expect(appSyncEngine().requestSync).toHaveBeenCalled();
  });

  it('asks before Discard, says what is lost, then removes the change from this device', async () => {
    const { db, meeting } = await tabletWithHeldMeeting();
    openSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Kassér Møde: Sommermøde' }));
    const question = screen.getByRole('group', { name: /Vil du kassere ændringen af Møde: Sommermøde\?/ });
    expect(question).toHaveTextContent('kommer aldrig til de andre enheder');
    expect(question).toHaveTextContent('Det kan ikke fortrydes');
    await userEvent.click(within(question).getByRole('button', { name: 'Annullér' }));
    expect(await db.meetings.get(meeting.id)).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Kassér Møde: Sommermøde' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, kassér' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Ændringer holdt tilbage' })).not.toBeInTheDocument(),
    );
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    expect(appSyncEngine().requestSync).toHaveBeenCalled();
  });
});

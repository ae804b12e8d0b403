import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatStamp } from '../../domain/hlc';
import { newId } from '../../domain/ids';
import { exportBackupText } from '../../storage/backup-file';
import { councils, facilities, meetings, votes } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { backupFileName } from './backup-file-name';
import { SettingsScreen } from './settings-screen';
import { paths, routes } from '../../ui/paths';

vi.mock('../../storage/persistence', () => ({ requestPersistentStorage: vi.fn(async () => 'refused') }));

function backupFile(text: string) {
  return new File([text], 'raadet-backup-2026-05-01.json', { type: 'application/json' });
}

/** A backup from another tablet with one good facility and, if asked, one broken one. */
async function otherTabletBackup(broken: boolean): Promise<string> {
  freshDatabase();
  await facilities.save({ id: newId(), name: 'Dagcentret Lærken', kind: 'day' });
  await facilities.save({ id: newId(), name: 'Værkstedet', kind: 'day' });
  const backup = JSON.parse(await exportBackupText()) as { tables: { facilities: { name: string; kind: string }[] } };
  if (broken) backup.tables.facilities[1]!.kind = 'castle';
  return JSON.stringify(backup);
}

type LooseBackup = { tables: Record<string, (Record<string, unknown> & { _stamps: Record<string, string> })[]> };

/** Every stamp of a backup moved `aheadMs` into the future, as from a tablet with a fast clock. */
function shifted(text: string, aheadMs: number): string {
  const backup = JSON.parse(text) as LooseBackup;
  const stamp = formatStamp({ wallMs: Date.now() + aheadMs, counter: 0, node: 'fastclock' });
  for (const rows of Object.values(backup.tables)) {
    for (const row of rows) {
      for (const field of Object.keys(row._stamps)) row._stamps[field] = stamp;
      row._changed = stamp;
    }
  }
  return JSON.stringify(backup);
}

/** A meeting moved to the afternoon here, while a backup from another tablet says it ends at 10:30. */
/**
 * A backup from another tablet that replaced a secret vote's options, while here the vote was
 * closed with a result counted for the old options: the two cannot be merged.
 */
async function voteThatCannotMerge(): Promise<string> {
  const facilityId = newId();
  await facilities.save({ id: facilityId, name: 'Solgården', kind: 'residential' });
  const councilId = newId();
  await councils.save({ id: councilId, facilityId, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 });
  const meetingId = newId();
  await meetings.save({
    id: meetingId,
    councilId,
    title: 'Forårsmøde',
    startsAt: '2025-03-04T10:00:00.000Z',
    endsAt: '2025-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  });
  const voteId = newId();
  const picture = { type: 'pictogram' as const, id: 'pet' };
  await votes.save({
    id: voteId,
    meetingId,
    agendaItemId: newId(),
    question: 'Hvor skal vi hen?',
    kind: 'choose-one',
    mode: 'secret',
    status: 'open',
    options: [
      { id: 'zoo', label: 'Zoo', picture },
      { id: 'skov', label: 'Skoven', picture },
    ],
  });
  const backup = JSON.parse(await exportBackupText()) as LooseBackup;
  const vote = backup.tables.votes![0]!;
  const later = formatStamp({ wallMs: Date.now() + 60_000, counter: 0, node: 'othertab' });
  vote.options = [
    { id: 'hav', label: 'Havet', picture },
    { id: 'skov', label: 'Skoven', picture },
  ];
  for (const field of ['kind', 'options', 'maxChoices', 'scale']) vote._stamps[field] = later;
  vote._changed = later;
  await votes.update(voteId, {
    status: 'closed',
    tally: { counts: { zoo: 2, skov: 1 }, ballotCount: 3, assistedCount: 0 },
  });
  return JSON.stringify(backup);
}

describe('SettingsScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows the error for a damaged backup and changes nothing', async () => {
    const text = await otherTabletBackup(true);
    freshDatabase();
    await facilities.save({ id: newId(), name: 'Bostedet Solsikken', kind: 'residential' });
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(text));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sikkerhedskopien er beskadiget. Intet er ændret.');
    expect((await facilities.all()).map((f) => f.name)).toEqual(['Bostedet Solsikken']);
  });

  it('says a file that is not JSON is not a backup from Rådet', async () => {
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile('hej'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen kan ikke læses. Den er ikke en sikkerhedskopi fra Rådet.',
    );
  });

  it('says a backup from a newer Rådet needs an update first', async () => {
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    const newer = JSON.stringify({
      format: 'raadet-backup',
      version: 99,
      exportedAt: new Date().toISOString(),
      tables: {},
      media: [],
    });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(newer));
    expect(await screen.findByRole('alert')).toHaveTextContent('Opdatér appen først.');
  });

  it('loads a good backup and says how much it brought', async () => {
    const text = await otherTabletBackup(false);
    freshDatabase();
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(text));
    const result = await screen.findByText(/Sikkerhedskopien er indlæst/);
    expect(result).toHaveAttribute('role', 'status');
    expect(result).toHaveTextContent('Sikkerhedskopien er indlæst: 2 poster og 0 billeder.');
    expect((await facilities.all()).map((f) => f.name).sort()).toEqual(['Dagcentret Lærken', 'Værkstedet']);
  });

  it('refuses a backup from a tablet whose clock runs a day ahead, says why, and changes nothing', async () => {
    const text = shifted(await otherTabletBackup(false), 86_400_000);
    const db = freshDatabase();
    await facilities.save({ id: newId(), name: 'Bostedet Solsikken', kind: 'residential' });
    const clockBefore = await db.meta.get('hlc');
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(text));
    const alert = await screen.findByRole('alert');
    // The other clock's date is shown, so staff can tell which tablet is wrong.
    expect(alert).toHaveTextContent(/Sikkerhedskopien har ændringer fra \d+\. \p{L}+ \d{4}/u);
    expect(alert).toHaveTextContent('Det er mere end 5 minutter efter tablettens ur. Intet er ændret.');
    expect(alert).toHaveTextContent('Tjek, at uret passer på begge tablets.');
    expect((await facilities.all()).map((f) => f.name)).toEqual(['Bostedet Solsikken']);
    expect(await db.meta.get('hlc')).toEqual(clockBefore);
  });

  it('says how many changes could not be merged, lists them, and lets staff remove one after reading', async () => {
    const db = freshDatabase();
    const text = await voteThatCannotMerge();
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(text));
    expect(await screen.findByText('1 ændring kunne ikke flettes – se nedenfor.')).toHaveAttribute('role', 'status');

    const list = await screen.findByRole('list', { name: 'Ændringer der ikke kunne flettes' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Afstemning: Hvor skal vi hen?');
    expect(item).toHaveTextContent('Resultatet passer ikke til afstemningens valgmuligheder eller status.');
    expect(item).toHaveTextContent(new RegExp(`Forsøgt \\d+\\. \\p{L}+ ${new Date().getFullYear()}`, 'u'));
    // The vote here is as it was before the import.
    expect(await db.votes.toArray()).toMatchObject([{ status: 'closed', options: [{ id: 'zoo' }, { id: 'skov' }] }]);

    await user.click(within(item).getByRole('button', { name: 'Fjern beskeden om Afstemning: Hvor skal vi hen?' }));
    expect(screen.getByText(/Ændringen fra sikkerhedskopien bliver slettet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, fjern' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Ændringer der ikke kunne flettes' })).toBeNull());
    expect(await db.conflicts.count()).toBe(0);
  });

  it('shows no list of conflicts when there are none', async () => {
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    expect(await screen.findByRole('heading', { name: 'Sikkerhedskopi' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ændringer der ikke kunne flettes' })).toBeNull();
  });

  it('warns staff when the tablet clock is behind the newest change saved here', async () => {
    const db = freshDatabase();
    await db.meta.put({ key: 'hlc', value: { wallMs: Date.now() + 3_600_000, counter: 0, node: 'thistab' } });
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    const warning = await screen.findByText('Tablettens ur ser forkert ud.');
    expect(warning.closest('[role="status"]')).toHaveTextContent('Ret dato og tid i tablettens indstillinger');
  });

  it('shows no clock warning when the clock agrees with what is saved', async () => {
    await facilities.save({ id: newId(), name: 'Bostedet Solsikken', kind: 'residential' });
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    expect(await screen.findByText('Browseren vil ikke love at gemme data permanent.')).toBeInTheDocument();
    expect(screen.queryByText('Tablettens ur ser forkert ud.')).toBeNull();
  });

  it('tells staff what to do when the browser will not keep the data', async () => {
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    expect(await screen.findByText('Browseren vil ikke love at gemme data permanent.')).toBeInTheDocument();
    expect(screen.getByText(/Føj Rådet til hjemmeskærmen/)).toBeInTheDocument();
  });

  it('lets a closed no-voice message show again once staff have opened the voice settings', async () => {
    sessionStorage.setItem('raadet.noVoiceNotice.dismissed', '1');
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Oplæsning' })).toBeInTheDocument();
    expect(sessionStorage.getItem('raadet.noVoiceNotice.dismissed')).toBeNull();
  });

  it('credits the pictograms and OpenMoji', async () => {
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings() });
    expect(await screen.findByRole('heading', { name: 'Om Rådet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /openmoji\.org/ })).toHaveAttribute('href', 'https://openmoji.org');
    expect(screen.getByText(/tegnet til Rådet/)).toHaveTextContent('CC BY-SA 4.0');
  });

  it('speaks English when the app is in English', async () => {
    renderScreen(<SettingsScreen />, { path: routes.settings, url: paths.settings(), language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save backup' })).toBeInTheDocument();
    expect(screen.getByLabelText('Load backup')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'About Rådet' })).toBeInTheDocument();
  });
});

describe('backupFileName', () => {
  it('names the file after the day it was saved', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 30))).toBe('raadet-backup-2026-01-05.json');
  });
});

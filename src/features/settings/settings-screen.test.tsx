import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../domain/ids';
import { exportBackupText } from '../../storage/backup-file';
import { facilities } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { backupFileName } from './backup-file-name';
import { SettingsScreen } from './settings-screen';

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
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(text));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sikkerhedskopien er beskadiget. Intet er ændret.');
    expect((await facilities.all()).map((f) => f.name)).toEqual(['Bostedet Solsikken']);
  });

  it('says a file that is not JSON is not a backup from Rådet', async () => {
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile('hej'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen kan ikke læses. Den er ikke en sikkerhedskopi fra Rådet.');
  });

  it('says a backup from a newer Rådet needs an update first', async () => {
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    const newer = JSON.stringify({ format: 'raadet-backup', version: 99, exportedAt: new Date().toISOString(), tables: {}, media: [] });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(newer));
    expect(await screen.findByRole('alert')).toHaveTextContent('Opdatér appen først.');
  });

  it('loads a good backup and says how much it brought', async () => {
    const text = await otherTabletBackup(false);
    freshDatabase();
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    await user.upload(await screen.findByLabelText('Indlæs sikkerhedskopi'), backupFile(text));
    const result = await screen.findByText(/Sikkerhedskopien er indlæst/);
    expect(result).toHaveAttribute('role', 'status');
    expect(result).toHaveTextContent('Sikkerhedskopien er indlæst: 2 poster og 0 billeder.');
    expect((await facilities.all()).map((f) => f.name).sort()).toEqual(['Dagcentret Lærken', 'Værkstedet']);
  });

  it('tells staff what to do when the browser will not keep the data', async () => {
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    expect(await screen.findByText('Browseren vil ikke love at gemme data permanent.')).toBeInTheDocument();
    expect(screen.getByText(/Føj Rådet til hjemmeskærmen/)).toBeInTheDocument();
  });

  it('lets a closed no-voice message show again once staff have opened the voice settings', async () => {
    sessionStorage.setItem('raadet.noVoiceNotice.dismissed', '1');
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Oplæsning' })).toBeInTheDocument();
    expect(sessionStorage.getItem('raadet.noVoiceNotice.dismissed')).toBeNull();
  });

  it('credits the pictograms and OpenMoji', async () => {
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings' });
    expect(await screen.findByRole('heading', { name: 'Om Rådet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /openmoji\.org/ })).toHaveAttribute('href', 'https://openmoji.org');
    expect(screen.getByText(/tegnet til Rådet/)).toHaveTextContent('CC BY-SA 4.0');
  });

  it('speaks English when the app is in English', async () => {
    renderScreen(<SettingsScreen />, { path: '/settings', url: '/settings', language: 'en' });
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

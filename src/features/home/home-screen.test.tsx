import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../domain/ids';
import { councils, facilities, meetings, members } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { HomeScreen } from './home-screen';
import { paths, routes } from '../../ui/paths';

vi.mock('../../storage/persistence', () => ({ requestPersistentStorage: vi.fn(async () => 'refused') }));

function renderHome(language: 'da' | 'en' = 'da') {
  return renderScreen(<HomeScreen />, {
    language,
    extraRoutes: [{ path: routes.welcome, element: <h1>Velkomst</h1> }],
  });
}

async function seed() {
  const facilityId = newId();
  const councilId = newId();
  await facilities.save({ id: facilityId, name: 'Bostedet Solsikken', kind: 'residential' });
  await councils.save({ id: councilId, facilityId, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 });
  for (const name of ['Anna', 'Bo']) {
    await members.save({ id: newId(), councilId, displayName: name, role: 'resident', photoConsent: false });
  }
  const start = new Date(Date.now() + 3 * 86_400_000);
  await meetings.save({
    id: newId(),
    councilId,
    title: 'Brugerrådsmøde',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    isOpen: false,
    status: 'planned',
  });
  return { facilityId, councilId };
}

describe('HomeScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('sends an empty app to the welcome screen', async () => {
    const { router } = renderHome();
    expect(await screen.findByRole('heading', { name: 'Velkomst' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.welcome());
  });

  it('lists facilities with their councils, members and next meeting', async () => {
    await seed();
    renderHome();
    const facility = await screen.findByRole('region', { name: 'Bostedet Solsikken' });
    expect(within(facility).getByText('Botilbud')).toBeInTheDocument();
    const link = await within(facility).findByRole('link', { name: /Brugerrådet/ });
    expect(await within(link).findByText('2 medlemmer')).toBeInTheDocument();
    expect(await within(link).findByText(/^Næste møde:/)).toBeInTheDocument();
  });

  it('warns staff when the browser will not keep the data', async () => {
    await seed();
    renderHome();
    expect(await screen.findByText('Browseren vil ikke love at gemme data permanent.')).toBeInTheDocument();
    expect(screen.getByText(/Føj Rådet til hjemmeskærmen/)).toBeInTheDocument();
  });

  it('shows the Danish error and stores nothing when a new facility has no name', async () => {
    await seed();
    const user = userEvent.setup();
    renderHome();
    const form = await screen.findByRole('region', { name: 'Tilføj et tilbud' });
    await user.click(within(form).getByRole('button', { name: 'Tilføj tilbud' }));
    expect(await within(form).findByText('Skriv noget her.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Tilbuddets navn' })).toHaveAttribute('aria-invalid', 'true');
    expect(await facilities.all()).toHaveLength(1);
  });

  it('adds a day facility with its website', async () => {
    await seed();
    const user = userEvent.setup();
    renderHome();
    const form = await screen.findByRole('region', { name: 'Tilføj et tilbud' });
    await user.type(within(form).getByRole('textbox', { name: 'Tilbuddets navn' }), 'Værkstedet Hammeren');
    await user.click(within(form).getByRole('radio', { name: 'Dagtilbud' }));
    await user.type(within(form).getByRole('textbox', { name: /Hjemmeside/ }), 'hammeren.dk');
    await user.click(within(form).getByRole('button', { name: 'Tilføj tilbud' }));
    expect(await screen.findByRole('region', { name: 'Værkstedet Hammeren' })).toBeInTheDocument();
    const saved = (await facilities.all()).find((f) => f.name === 'Værkstedet Hammeren');
    expect(saved).toMatchObject({ kind: 'day', website: 'https://hammeren.dk' });
  });

  it('adds a council to a facility with four meetings a year by default', async () => {
    const { facilityId } = await seed();
    const user = userEvent.setup();
    renderHome();
    const facility = await screen.findByRole('region', { name: 'Bostedet Solsikken' });
    await user.click(within(facility).getByRole('button', { name: /Tilføj råd/ }));
    await user.type(within(facility).getByRole('textbox', { name: 'Rådets navn' }), 'Pårørenderådet');
    await user.selectOptions(within(facility).getByRole('combobox', { name: 'Hvilken slags råd?' }), 'Pårørenderåd');
    expect(within(facility).getByRole('spinbutton', { name: 'Møder om året' })).toHaveValue(4);
    await user.click(within(facility).getByRole('button', { name: 'Tilføj råd' }));
    expect(await within(facility).findByRole('link', { name: /Pårørenderådet/ })).toBeInTheDocument();
    const saved = (await councils.where('facilityId', facilityId)).find((c) => c.name === 'Pårørenderådet');
    expect(saved).toMatchObject({ kind: 'relatives-forum', meetingsPerYear: 4 });
  });

  it('deletes a council with its meetings and members only after confirming', async () => {
    const { councilId } = await seed();
    const user = userEvent.setup();
    renderHome();
    await user.click(await screen.findByRole('button', { name: 'Slet Brugerrådet' }));
    expect(screen.getByText(/Vil du slette Brugerrådet/)).toBeInTheDocument();
    expect(await councils.get(councilId)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Ja, slet rådet' }));
    expect(await screen.findByText(/ingen råd endnu/)).toBeInTheDocument();
    expect(await councils.get(councilId)).toBeUndefined();
    expect(await members.where('councilId', councilId)).toHaveLength(0);
    expect(await meetings.where('councilId', councilId)).toHaveLength(0);
  });

  it('renames a facility', async () => {
    await seed();
    const user = userEvent.setup();
    renderHome();
    await user.click(await screen.findByRole('button', { name: 'Ret Bostedet Solsikken' }));
    const name = screen.getAllByRole('textbox', { name: 'Tilbuddets navn' })[0]!;
    await user.clear(name);
    await user.type(name, 'Bostedet Mælkebøtten');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('region', { name: 'Bostedet Mælkebøtten' })).toBeInTheDocument();
    expect((await facilities.all()).map((f) => f.name)).toEqual(['Bostedet Mælkebøtten']);
  });

  it('speaks English when the app is in English', async () => {
    await seed();
    renderHome('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your facilities and councils' })).toBeInTheDocument();
    const facility = await screen.findByRole('region', { name: 'Bostedet Solsikken' });
    expect(within(facility).getByText('Residential facility')).toBeInTheDocument();
    expect(await within(facility).findByText('2 members')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Add a facility' })).toBeInTheDocument();
  });
});

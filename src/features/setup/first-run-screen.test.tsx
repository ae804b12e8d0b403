import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMedia } from '../../storage/media-store';
import { agendaItems, councils, facilities, meetings, members } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { FirstRunScreen } from './first-run-screen';
import { paths, routes } from '../../ui/paths';

function CouncilStub() {
  return <h1>Rådets side</h1>;
}

function renderWelcome(language: 'da' | 'en' = 'da') {
  return renderScreen(<FirstRunScreen />, {
    path: routes.welcome,
    url: paths.welcome(),
    language,
    extraRoutes: [{ path: routes.council, element: <CouncilStub /> }],
  });
}

describe('FirstRunScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('loads the example data once and opens the example council, even when chosen twice', async () => {
    const user = userEvent.setup();
    const first = renderWelcome();
    await user.click(await screen.findByRole('button', { name: 'Start med eksempeldata' }));
    expect(await screen.findByRole('heading', { name: 'Rådets side' })).toBeInTheDocument();
    const [council] = await councils.all();
    expect(first.router.state.location.pathname).toBe(paths.council(council!.id));
    first.unmount();

    const second = renderWelcome();
    await user.click(await screen.findByRole('button', { name: 'Start med eksempeldata' }));
    expect(await screen.findByRole('heading', { name: 'Rådets side' })).toBeInTheDocument();
    expect(second.router.state.location.pathname).toBe(paths.council(council!.id));

    const facilityList = await facilities.all();
    expect(facilityList.map((f) => f.name)).toEqual(['Bostedet Solsikken']);
    expect(await councils.all()).toHaveLength(1);
    const memberList = await members.all();
    expect(memberList).toHaveLength(9);
    expect(memberList.filter((m) => m.role === 'resident')).toHaveLength(6);
    // Everyone has a drawn portrait, stored with the data like a photo.
    for (const member of memberList) {
      expect(member.photo, member.displayName).toMatch(/^[0-9a-f]{64}$/);
      expect((await getMedia(member.photo!))?.mime).toBe('image/svg+xml');
    }
    const relative = memberList.find((m) => m.role === 'relative');
    expect(memberList.find((m) => m.id === relative?.representsMemberId)?.role).toBe('resident');
    const [meeting] = await meetings.all();
    expect(meeting).toMatchObject({ title: 'Brugerrådsmøde', status: 'agenda-ready', location: 'Fællesstuen' });
    const items = await agendaItems.where('meetingId', meeting!.id);
    expect(items.map((i) => i.title)).toContain('Sommertur til stranden?');
    expect(items.every((i) => i.title.split(/\s+/).length <= 5)).toBe(true);
  });

  it('writes the example in English when the app is in English', async () => {
    const user = userEvent.setup();
    renderWelcome('en');
    await user.click(await screen.findByRole('button', { name: 'Start with example data' }));
    await screen.findByRole('heading', { name: 'Rådets side' });
    expect((await facilities.all()).map((f) => f.name)).toEqual(['Sunflower House']);
    expect((await meetings.all())[0]?.title).toBe('User council meeting');
  });

  it('creates your own facility and council and opens the council', async () => {
    const user = userEvent.setup();
    const { router } = renderWelcome();
    await user.click(await screen.findByRole('button', { name: 'Opret jeres eget tilbud' }));
    await user.type(screen.getByRole('textbox', { name: 'Tilbuddets navn' }), 'Dagcentret Lærken');
    await user.click(
      within(screen.getByRole('group', { name: 'Hvilken slags tilbud?' })).getByRole('radio', { name: 'Dagtilbud' }),
    );
    await user.click(screen.getByRole('button', { name: 'Opret og gå videre' }));
    await screen.findByRole('heading', { name: 'Rådets side' });
    const [facility] = await facilities.all();
    expect(facility).toMatchObject({ name: 'Dagcentret Lærken', kind: 'day' });
    const [council] = await councils.all();
    expect(council).toMatchObject({ name: 'Brugerrådet', kind: 'user-council', facilityId: facility?.id });
    expect(router.state.location.pathname).toBe(paths.council(council!.id));
  });

  it('asks for a facility name and stores nothing without one', async () => {
    const user = userEvent.setup();
    renderWelcome();
    await user.click(await screen.findByRole('button', { name: 'Opret jeres eget tilbud' }));
    await user.click(screen.getByRole('button', { name: 'Opret og gå videre' }));
    expect(await screen.findByText('Skriv noget her.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tilbuddets navn' })).toHaveAttribute('aria-invalid', 'true');
    expect(await facilities.all()).toHaveLength(0);
    expect(await councils.all()).toHaveLength(0);
  });
});

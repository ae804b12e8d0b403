import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sortAgenda } from '../../domain/agenda-order';
import { getMedia } from '../../storage/media-store';
import { agendaItems } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { AgendaBuilderScreen } from './agenda-builder-screen';
import { givenItem, givenMeeting } from './prepare-agenda-test-data';
import { paths, routes } from '../../ui/paths';

function openBuilder(meetingId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<AgendaBuilderScreen />, {
    path: routes.meetingAgenda,
    url: paths.meetingAgenda(meetingId),
    language,
  });
}

async function storedTitles(meetingId: string) {
  return sortAgenda(await agendaItems.where('meetingId', meetingId)).map((item) => item.title);
}

function shownTitles() {
  const list = screen.getByRole('list', { name: 'Punkter på dagsordenen' });
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent?.replace(/^Punkt \d+: /, ''));
}

/** The app's own server, as far as these tests need it: core pictograms, no catalogue. */
function serveCorePictograms() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const match = /^\/pictograms\/([a-z0-9-]+)\.svg$/.exec(url);
      if (!match) return new Response('Not found', { status: 404 });
      const svg = readFileSync(path.join(process.cwd(), 'pictograms', `${match[1]}.svg`));
      return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
    }),
  );
}

describe('AgendaBuilderScreen', () => {
  beforeEach(() => {
    freshDatabase();
    serveCorePictograms();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('adds an item with the kind’s own pictogram and minutes', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: /Tilføj punkt/ }));
    await user.click(screen.getByRole('radio', { name: 'Afstemning' }));
    await user.type(screen.getByLabelText('Titel'), 'Sommerturen');
    await user.type(screen.getByLabelText('Mere tekst (valgfri)'), 'Hvor skal vi hen?');
    await user.click(screen.getByRole('button', { name: 'Tilføj punktet' }));

    expect(await screen.findByRole('heading', { level: 2, name: /Sommerturen/ })).toBeInTheDocument();
    const [stored] = await agendaItems.where('meetingId', meeting.id);
    expect(stored).toMatchObject({
      kind: 'vote',
      title: 'Sommerturen',
      details: 'Hvor skal vi hen?',
      plannedMinutes: 10,
      picture: { type: 'pictogram', id: 'vote', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      order: 1,
    });
    // The kind's own pictogram is kept with the data too, so it shows offline on any tablet.
    expect((await getMedia((stored?.picture as { hash: string }).hash))?.mime).toBe('image/svg+xml');
  });

  it('shows an error and stores nothing when the title is empty', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: /Tilføj punkt/ }));
    await user.click(screen.getByRole('button', { name: 'Tilføj punktet' }));

    expect(screen.getByLabelText('Titel')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Titel')).toHaveAccessibleDescription(/Skriv noget her\./);
    expect(await agendaItems.where('meetingId', meeting.id)).toHaveLength(0);
  });

  it('shows an error and stores nothing when the minutes are out of range', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: /Tilføj punkt/ }));
    await user.type(screen.getByLabelText('Titel'), 'Kaffe');
    const minutes = screen.getByLabelText('Planlagt tid i minutter');
    await user.clear(minutes);
    await user.type(minutes, '300');
    await user.click(screen.getByRole('button', { name: 'Tilføj punktet' }));

    expect(minutes).toHaveAccessibleDescription(/Skriv et helt antal minutter fra 1 til 240\./);
    expect(await agendaItems.where('meetingId', meeting.id)).toHaveLength(0);
  });

  it('picks a pictogram in the picker by searching, and keeps its drawing with the data', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: /Tilføj punkt/ }));
    await user.type(screen.getByLabelText('Titel'), 'Kaffe og kage');
    await user.click(screen.getByRole('button', { name: 'Vælg piktogram' }));
    const dialog = screen.getByRole('dialog', { name: 'Vælg et piktogram' });
    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'kaffe');
    await user.click(await within(dialog).findByRole('button', { name: 'Kaffe' }));
    expect(await screen.findByText('Piktogram: Kaffe')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilføj punktet' }));

    await screen.findByRole('heading', { level: 2, name: /Kaffe og kage/ });
    const [stored] = await agendaItems.where('meetingId', meeting.id);
    expect(stored?.picture).toEqual({
      type: 'pictogram',
      id: 'coffee',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      label: { da: 'Kaffe', en: 'Coffee' },
    });
  });

  it('remembers a picked symbol as recently used for the facility', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: /Tilføj punkt/ }));
    await user.click(screen.getByRole('button', { name: 'Vælg piktogram' }));
    let dialog = screen.getByRole('dialog', { name: 'Vælg et piktogram' });
    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'kager');
    await user.click(await within(dialog).findByRole('button', { name: 'Kage' }));
    await screen.findByText('Piktogram: Kage');

    await user.click(screen.getByRole('button', { name: 'Vælg piktogram' }));
    dialog = screen.getByRole('dialog', { name: 'Vælg et piktogram' });
    const recent = await within(dialog).findByRole('list', { name: 'Senest brugt' });
    expect(within(recent).getByRole('button', { name: 'Kage' })).toBeInTheDocument();
  });

  it('asks about people on a photo and keeps the answer with it', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    const item = await givenItem(meeting.id, 'Sommerfesten', 1, {
      picture: { type: 'photo', hash: 'e'.repeat(64) },
    });
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Ret: Sommerfesten' }));
    await user.click(screen.getByRole('checkbox', { name: 'Der er personer på billedet' }));
    expect(screen.getByText(/Uden lov bliver billedet ikke vist i referatet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem punktet' }));
    await screen.findByRole('button', { name: 'Ret: Sommerfesten' });
    expect((await agendaItems.get(item.id))?.picture).toEqual({
      type: 'photo',
      hash: 'e'.repeat(64),
      people: true,
      consent: false,
    });

    await user.click(screen.getByRole('button', { name: 'Ret: Sommerfesten' }));
    expect(screen.getByRole('checkbox', { name: 'Der er personer på billedet' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Personerne har givet lov/ }));
    await user.click(screen.getByRole('button', { name: 'Gem punktet' }));
    await screen.findByRole('button', { name: 'Ret: Sommerfesten' });
    expect((await agendaItems.get(item.id))?.picture).toMatchObject({ people: true, consent: true });
  });

  it('adds, moves up and deletes items and keeps the new order', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1);
    await givenItem(meeting.id, 'Sommerturen', 2);
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: /Tilføj punkt/ }));
    await user.type(screen.getByLabelText('Titel'), 'Eventuelt');
    await user.click(screen.getByRole('button', { name: 'Tilføj punktet' }));
    await screen.findByRole('heading', { level: 2, name: /Eventuelt/ });
    expect(await storedTitles(meeting.id)).toEqual(['Velkommen', 'Sommerturen', 'Eventuelt']);

    await user.click(screen.getByRole('button', { name: 'Flyt op: Sommerturen' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Sommerturen', 'Velkommen', 'Eventuelt']));
    expect(await storedTitles(meeting.id)).toEqual(['Sommerturen', 'Velkommen', 'Eventuelt']);
    expect(screen.getByRole('button', { name: 'Flyt op: Sommerturen' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Slet: Velkommen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet punktet' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Sommerturen', 'Eventuelt']));
    expect(await storedTitles(meeting.id)).toEqual(['Sommerturen', 'Eventuelt']);
  });

  it('gives a break no number and numbers the other items on without a gap, also after a move', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1);
    await givenItem(meeting.id, 'Pause', 2, { kind: 'break' });
    await givenItem(meeting.id, 'Sommerturen', 3);
    openBuilder(meeting.id);

    const list = await screen.findByRole('list', { name: 'Punkter på dagsordenen' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('heading', { level: 2 })
          .map((h) => h.textContent?.trim()),
      ).toEqual(['Punkt 1: Velkommen', 'Pause', 'Punkt 2: Sommerturen']),
    );
    expect(list.querySelectorAll('.agenda-row__number--break')).toHaveLength(1);

    const headings = () =>
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent?.trim());
    await user.click(screen.getByRole('button', { name: 'Flyt op: Sommerturen' }));
    expect(await screen.findByText('„Sommerturen“ er nu nummer 2.')).toBeInTheDocument();
    await waitFor(() => expect(headings()).toEqual(['Punkt 1: Velkommen', 'Punkt 2: Sommerturen', 'Pause']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Flyt op: Sommerturen' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Flyt op: Pause' }));
    expect(await screen.findByText('„Pause“ er flyttet op.')).toBeInTheDocument();
    await waitFor(() => expect(headings()).toEqual(['Punkt 1: Velkommen', 'Pause', 'Punkt 2: Sommerturen']));
  });

  it('changes an item', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    const item = await givenItem(meeting.id, 'Velkommen', 1);
    openBuilder(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Ret: Velkommen' }));
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Goddag alle');
    await user.click(screen.getByRole('button', { name: 'Gem punktet' }));

    await screen.findByRole('heading', { level: 2, name: /Goddag alle/ });
    expect((await agendaItems.get(item.id))?.title).toBe('Goddag alle');
  });

  it("a stale screen's save does not undo a newer edit", async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    const item = await givenItem(meeting.id, 'Velkommen', 1);
    openBuilder(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Ret: Velkommen' }));
    const title = screen.getByLabelText('Titel');

    // Another tab moves the item and writes its details while this form is open.
    await agendaItems.update(item.id, { order: 5, details: 'Kaffe og kage' });
    await user.clear(title);
    await user.type(title, 'Goddag alle');
    await user.click(screen.getByRole('button', { name: 'Gem punktet' }));

    await screen.findByRole('heading', { level: 2, name: /Goddag alle/ });
    expect(await agendaItems.get(item.id)).toMatchObject({ title: 'Goddag alle', order: 5, details: 'Kaffe og kage' });
  });

  it('warns when the agenda is longer than the meeting', async () => {
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1, { plannedMinutes: 40 });
    await givenItem(meeting.id, 'Sommerturen', 2, { plannedMinutes: 35 });
    openBuilder(meeting.id);

    expect(await screen.findByText('Planlagt tid: 75 af 60 minutter')).toBeInTheDocument();
    expect(screen.getByText(/Dagsordenen er 15 minutter for lang til mødet\./)).toBeInTheDocument();
  });

  it('is read-only once the minutes are published', async () => {
    const meeting = await givenMeeting({ status: 'minutes-published' });
    await givenItem(meeting.id, 'Velkommen', 1);
    openBuilder(meeting.id);

    expect(await screen.findByText(/Dagsordenen kan ikke længere ændres\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tilføj punkt/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ret: Velkommen' })).not.toBeInTheDocument();
  });

  it('links to the residents’ view', async () => {
    const meeting = await givenMeeting();
    openBuilder(meeting.id);
    expect(await screen.findByRole('link', { name: 'Vis som beboerne ser det' })).toHaveAttribute(
      'href',
      paths.meetingBefore(meeting.id, { preview: true }),
    );
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Welcome', 1, { kind: 'round-the-table' });
    openBuilder(meeting.id, 'en');

    expect(await screen.findByText('Round the table')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Add item/ }));
    await user.click(screen.getByRole('button', { name: 'Add the item' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/Please write something here\./);
  });
});

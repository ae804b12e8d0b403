import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderScreen } from '../../testing/render';
import { givenItem, givenMeeting } from './before-meeting-test-data';
import { PictureAgendaScreen } from './picture-agenda-screen';
import { paths, routes } from '../../ui/paths';

function openAgenda(
  meetingId: string,
  { language = 'da', preview = false }: { language?: 'da' | 'en'; preview?: boolean } = {},
) {
  return renderScreen(<PictureAgendaScreen />, {
    path: routes.meetingBefore,
    url: paths.meetingBefore(meetingId, { preview }),
    language,
  });
}

describe('PictureAgendaScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows one card per item, with its pictogram and a speak button', async () => {
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1, { kind: 'information' });
    await givenItem(meeting.id, 'Sommerturen', 2, {
      kind: 'vote',
      picture: { type: 'pictogram', id: 'bus-trip' },
      plannedMinutes: 20,
    });
    await givenItem(meeting.id, 'Kaffe', 3, { kind: 'break' });
    const { container } = openAgenda(meeting.id);

    const list = await screen.findByRole('list', { name: 'Det skal vi tale om: 2 punkter' });
    expect(list).toHaveAttribute('data-bench', 'agenda-ready');
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(3);

    const trip = within(cards[1]!);
    expect(trip.getByRole('heading', { level: 3, name: 'Punkt 2: Sommerturen' })).toBeInTheDocument();
    expect(trip.getByRole('img', { name: 'Bustur' })).toHaveAttribute('src', '/pictograms/bus-trip.svg');
    expect(trip.getByRole('button', { name: 'Lyt: Sommerturen' })).toBeInTheDocument();
    expect(trip.getByText('Cirka 20 minutter')).toBeInTheDocument();
    expect(within(cards[2]!).getByRole('img', { name: 'Pause' })).toBeInTheDocument();
    expect(container.querySelectorAll('.staff-page')).toHaveLength(0);
  });

  it('numbers the items around a break the same way as meeting mode and the minutes: the break has no number', async () => {
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1);
    await givenItem(meeting.id, 'Kaffe', 2, { kind: 'break' });
    await givenItem(meeting.id, 'Pause', 3, { kind: 'break' });
    await givenItem(meeting.id, 'Sommerturen', 4);
    openAgenda(meeting.id);

    const list = await screen.findByRole('list', { name: 'Det skal vi tale om: 2 punkter' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Punkt 1: Velkommen', 'Pause: Kaffe', 'Pause', 'Punkt 2: Sommerturen']);
    expect(list.querySelectorAll('.agenda-card__number--break')).toHaveLength(2);
  });

  it('says when and where in easy words', async () => {
    const meeting = await givenMeeting();
    openAgenda(meeting.id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Brugerrådsmøde' })).toBeInTheDocument();
    expect(screen.getByText('Tirsdag den 1. december klokken 10')).toBeInTheDocument();
    expect(screen.getByText('Mødet slutter klokken 11.')).toBeInTheDocument();
    expect(screen.getByText('Vi mødes her: Fælleshuset.')).toBeInTheDocument();
    expect(screen.getByText('Alle er velkomne.')).toBeInTheDocument();
  });

  it('reads an item aloud when its speaker is tapped', async () => {
    const spoken: string[] = [];
    class FakeUtterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', {
      cancel: () => {},
      getVoices: () => [],
      speak: (u: FakeUtterance) => spoken.push(u.text),
    });
    const user = userEvent.setup();
    const meeting = await givenMeeting();
    await givenItem(meeting.id, 'Sommerturen', 1, { details: 'Hvor skal vi hen' });
    openAgenda(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Lyt: Sommerturen' }));

    expect(spoken).toEqual(['Punkt 1. Sommerturen. Hvor skal vi hen. Cirka 10 minutter.']);
  });

  it('has a friendly message when there is nothing on the agenda yet', async () => {
    const meeting = await givenMeeting();
    openAgenda(meeting.id);

    expect(await screen.findByText('Dagsordenen er ikke klar endnu. Vi skriver den snart.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /Det skal vi tale om/ })).not.toBeInTheDocument();
  });

  it('shows a staff bar in preview, with a way back to the agenda builder', async () => {
    const meeting = await givenMeeting();
    openAgenda(meeting.id, { preview: true });

    expect(await screen.findByText('Forhåndsvisning – sådan ser beboerne dagsordenen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til dagsordenen' })).toHaveAttribute(
      'href',
      paths.meetingAgenda(meeting.id),
    );
  });

  it('has a back link to the meeting and no preview bar for residents', async () => {
    const meeting = await givenMeeting();
    openAgenda(meeting.id);

    expect(await screen.findByRole('link', { name: /Tilbage/ })).toHaveAttribute('href', paths.meeting(meeting.id));
    expect(screen.queryByText(/Forhåndsvisning/)).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const meeting = await givenMeeting({ title: 'Council meeting', location: 'The common room' });
    await givenItem(meeting.id, 'Summer trip', 1, { kind: 'vote', plannedMinutes: 75 });
    openAgenda(meeting.id, { language: 'en' });

    expect(await screen.findByText("Tuesday 1 December at 10 o'clock")).toBeInTheDocument();
    expect(screen.getByText('We meet here: The common room.')).toBeInTheDocument();
    const card = within(screen.getByRole('article'));
    expect(card.getByRole('img', { name: 'Vote' })).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Listen: Summer trip' })).toBeInTheDocument();
    expect(card.getByText('About 1 hour and 15 minutes')).toBeInTheDocument();
  });
});

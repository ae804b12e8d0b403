import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decisions, meetings } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { AfterMeetingScreen } from './after-meeting-screen';
import { createHeldMeeting } from './after-meeting-test-data';
import { paths, routes } from '../../ui/paths';

function renderAfter(meetingId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<AfterMeetingScreen />, {
    path: routes.meetingAfter,
    url: paths.meetingAfter(meetingId),
    language,
  });
}

beforeEach(() => {
  freshDatabase();
});
afterEach(() => cleanup());

describe('AfterMeetingScreen', () => {
  it('shows each decision with who does it, the due date in words and the follow-up', async () => {
    const { meeting } = await createHeldMeeting();
    renderAfter(meeting.id);
    const section = await screen.findByRole('region', { name: 'Det har vi besluttet' });
    const cards = within(section).getAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByText('Vi tager til Tivoli')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Carla sørger for det')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Senest mandag den 1. juni 2026')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Opfølgning: Ikke begyndt')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Anna sørger for det')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Opfølgning: I gang')).toBeInTheDocument();
  });

  it('lists who was there and who was not in the minutes, with items, votes and decisions', async () => {
    const { meeting } = await createHeldMeeting();
    renderAfter(meeting.id);
    const minutes = await screen.findByRole('region', { name: 'Referat: Forårsmøde' });
    expect(within(minutes).getByText('Brugerrådet på Solhjem')).toBeInTheDocument();
    expect(within(minutes).getByText('Fælleshuset')).toBeInTheDocument();
    const presentList = within(minutes).getByRole('heading', { name: 'Dem, der var med' })
      .nextElementSibling as HTMLElement;
    expect(
      within(presentList)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Anna'), expect.stringContaining('Carla')]);
    const absentList = within(minutes).getByRole('heading', { name: 'Dem, der ikke var med' })
      .nextElementSibling as HTMLElement;
    expect(within(absentList).getAllByRole('listitem')).toHaveLength(1);
    expect(absentList).toHaveTextContent('Bo');

    expect(within(minutes).getByRole('heading', { name: 'Sommerturen' })).toBeInTheDocument();
    expect(within(minutes).getByText('Punkt 2')).toBeInTheDocument();
    expect(within(minutes).getByText('Flest stemte: Ja')).toBeInTheDocument();
    expect(within(minutes).getByRole('img', { name: '2 stemmer' }).querySelectorAll('.vote-result__mark')).toHaveLength(
      2,
    );
    expect(within(minutes).getByText('Vi køber en ny sofa')).toBeInTheDocument();
  });

  it('says attendance is missing instead of listing everybody as absent', async () => {
    const { meeting } = await createHeldMeeting({ withAttendance: false });
    renderAfter(meeting.id);
    expect(await screen.findByText('Vi har ikke skrevet ned, hvem der var med.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Dem, der ikke var med' })).not.toBeInTheDocument();
  });

  it('stores a new follow-up status and a note', async () => {
    const user = userEvent.setup();
    const { meeting, decisionIds } = await createHeldMeeting();
    renderAfter(meeting.id);
    const group = await screen.findByRole('group', { name: 'Skift opfølgning for „Vi tager til Tivoli“' });
    await user.click(within(group).getByRole('button', { name: 'Færdig' }));
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Færdig' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect((await decisions.get(decisionIds[0]!))?.followUp).toBe('done');

    const card = group.closest('article') as HTMLElement;
    await user.type(within(card).getByRole('textbox', { name: 'Note om opfølgningen' }), 'Billetterne er købt');
    await user.click(within(card).getByRole('button', { name: 'Gem note' }));
    expect(await within(card).findByText('Noten er gemt.')).toBeInTheDocument();
    expect((await decisions.get(decisionIds[0]!))?.followUpNote).toBe('Billetterne er købt');
  });

  it('publishes the minutes after confirmation and shows the date', async () => {
    const user = userEvent.setup();
    const { meeting } = await createHeldMeeting();
    renderAfter(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Gør referatet færdigt' }));
    await user.click(screen.getByRole('button', { name: 'Ja, det er færdigt' }));
    expect(await screen.findByText(/^Færdigt /)).toBeInTheDocument();
    expect((await meetings.get(meeting.id))?.status).toBe('minutes-published');
    expect(screen.queryByRole('button', { name: 'Gør referatet færdigt' })).not.toBeInTheDocument();
  });

  it('prints with the browser print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { meeting } = await createHeldMeeting();
    renderAfter(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Print referat' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('warns that the meeting is not over while it runs', async () => {
    const { meeting } = await createHeldMeeting({ status: 'in-progress' });
    renderAfter(meeting.id);
    expect(await screen.findByText(/Mødet er ikke slut endnu/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til mødet' })).toHaveAttribute('href', paths.meetingDuring(meeting.id));
    expect(screen.queryByRole('button', { name: 'Gør referatet færdigt' })).not.toBeInTheDocument();
  });

  it('renders in English', async () => {
    const { meeting } = await createHeldMeeting();
    renderAfter(meeting.id, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'After the meeting: Forårsmøde' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What we decided' })).toBeInTheDocument();
    expect(screen.getAllByText('Carla takes care of it')).toHaveLength(2);
    expect(screen.getAllByText('By Monday, 1 June 2026')).toHaveLength(2);
    expect(screen.getByText('Most votes: Yes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print minutes' })).toBeInTheDocument();
  });
});

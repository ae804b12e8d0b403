import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaItems, meetings } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MeetingScreen } from './meeting-screen';
import { givenItem, givenMeeting } from './meetings-test-data';
import { paths, routes } from '../../ui/paths';

function openHub(meetingId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<MeetingScreen />, {
    path: routes.meeting,
    url: paths.meeting(meetingId),
    language,
    extraRoutes: [
      { path: routes.meetingDuring, element: <h1>Mødetilstand</h1> },
      { path: routes.council, element: <h1>Rådets side</h1> },
    ],
  });
}

describe('MeetingScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows the meeting, its council and the way into each phase', async () => {
    const { meeting, council } = await givenMeeting();
    openHub(meeting.id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Brugerrådsmøde' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: council.name })).toBeInTheDocument();
    expect(screen.getByText('Fælleshuset')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Før mødet/ })).toHaveAttribute('href', paths.meetingBefore(meeting.id));
    expect(screen.getByRole('link', { name: /Under mødet/ })).toHaveAttribute('href', paths.meetingDuring(meeting.id));
    expect(screen.getByRole('link', { name: /Efter mødet/ })).toHaveAttribute('href', paths.meetingAfter(meeting.id));
    expect(screen.getByRole('link', { name: 'Forbered dagsorden' })).toHaveAttribute(
      'href',
      paths.meetingAgenda(meeting.id),
    );
    expect(screen.getByRole('link', { name: 'Ret mødet' })).toHaveAttribute('href', paths.meetingEdit(meeting.id));
  });

  it('counts the agenda items like the agenda numbers them: a break is not counted', async () => {
    const { meeting } = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1);
    await givenItem(meeting.id, 'Pause', 2, { kind: 'break', plannedMinutes: 10 });
    await givenItem(meeting.id, 'Sommerturen', 3);
    openHub(meeting.id);

    expect(await screen.findByText(/^2 punkter, ca\. \d+ minutter$/)).toBeInTheDocument();
  });

  it('marks the current step in words, not only colour', async () => {
    const { meeting } = await givenMeeting({ status: 'agenda-ready' });
    openHub(meeting.id);

    const steps = within(await screen.findByRole('list', { name: 'Mødets status' })).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent('Dagsorden klar');
    expect(steps[1]).toHaveTextContent('Nu');
    expect(steps[0]).toHaveTextContent('færdig');
  });

  it('refuses to mark an empty agenda ready and says why', async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting();
    openHub(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Dagsordenen er klar' }));

    expect(await screen.findByText('Tilføj mindst ét punkt til dagsordenen først.')).toBeInTheDocument();
    expect((await meetings.get(meeting.id))?.status).toBe('planned');
  });

  it('marks the agenda ready, then starts the meeting and opens meeting mode', async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1);
    const { router } = openHub(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Dagsordenen er klar' }));
    await user.click(await screen.findByRole('button', { name: 'Start mødet' }));

    expect(await screen.findByRole('heading', { name: 'Mødetilstand' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.meetingDuring(meeting.id));
    const stored = await meetings.get(meeting.id);
    expect(stored?.status).toBe('in-progress');
    expect(stored?.startedAt).toBeDefined();
  });

  it('reopens a ready agenda', async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting({ status: 'agenda-ready' });
    await givenItem(meeting.id, 'Velkommen', 1);
    openHub(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Genåbn dagsordenen' }));

    expect(await screen.findByRole('button', { name: 'Dagsordenen er klar' })).toBeInTheDocument();
    expect((await meetings.get(meeting.id))?.status).toBe('planned');
  });

  it('deletes the meeting and its agenda after asking', async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting();
    await givenItem(meeting.id, 'Velkommen', 1);
    await givenItem(meeting.id, 'Sommerturen', 2);
    openHub(meeting.id);

    await user.click(await screen.findByRole('button', { name: 'Slet mødet' }));
    expect(await meetings.get(meeting.id)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Ja, slet mødet' }));

    expect(await screen.findByRole('heading', { name: 'Rådets side' })).toBeInTheDocument();
    expect(await meetings.get(meeting.id)).toBeUndefined();
    expect(await agendaItems.where('meetingId', meeting.id)).toHaveLength(0);
  });

  it('keeps a meeting with published minutes', async () => {
    const { meeting } = await givenMeeting({ status: 'minutes-published' });
    openHub(meeting.id);

    expect(await screen.findByText('Referatet er færdigt, så mødet kan ikke slettes.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Slet mødet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ret mødet' })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const { meeting } = await givenMeeting();
    openHub(meeting.id, 'en');

    expect(await screen.findByRole('link', { name: /Before the meeting/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'The agenda is ready' })).toBeInTheDocument();
    expect(screen.getByText(/Tuesday,? 1 December 2026/)).toBeInTheDocument();
  });
});

import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetings } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MeetingFormScreen } from './meeting-form-screen';
import { givenCouncil, givenMeeting } from './meetings-test-data';
import { paths, routes } from '../../ui/paths';

const hub = { path: routes.meeting, element: <h1>Mødets side</h1> };

function openNewForm(councilId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<MeetingFormScreen />, {
    path: routes.newMeeting,
    url: paths.newMeeting(councilId),
    language,
    extraRoutes: [hub],
  });
}

describe('MeetingFormScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('creates a meeting and opens its page', async () => {
    const user = userEvent.setup();
    const council = await givenCouncil();
    const { router } = openNewForm(council.id);

    await user.type(await screen.findByLabelText('Mødets navn'), 'Møde om sommerturen');
    await user.type(screen.getByLabelText('Sted'), 'Fælleshuset');
    await user.click(screen.getByRole('checkbox', { name: /Åbent møde/ }));
    await user.click(screen.getByRole('button', { name: 'Opret mødet' }));

    expect(await screen.findByRole('heading', { name: 'Mødets side' })).toBeInTheDocument();
    const stored = await meetings.where('councilId', council.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      title: 'Møde om sommerturen',
      location: 'Fælleshuset',
      isOpen: true,
      status: 'planned',
    });
    expect(router.state.location.pathname).toBe(paths.meeting(stored[0]!.id));
  });

  it('proposes the next weekday from 10 to 11', async () => {
    const council = await givenCouncil();
    openNewForm(council.id);
    expect(await screen.findByLabelText('Starter kl.')).toHaveValue('10:00');
    expect(screen.getByLabelText('Slutter kl.')).toHaveValue('11:00');
    const day = new Date(`${(screen.getByLabelText('Dato') as HTMLInputElement).value}T12:00`).getDay();
    expect([1, 2, 3, 4, 5]).toContain(day);
  });

  it('shows an error at the end time and stores nothing when the meeting ends before it starts', async () => {
    const user = userEvent.setup();
    const council = await givenCouncil();
    openNewForm(council.id);

    await user.type(await screen.findByLabelText('Mødets navn'), 'Brugerrådsmøde');
    const end = screen.getByLabelText('Slutter kl.');
    await user.clear(end);
    await user.type(end, '09:00');
    await user.click(screen.getByRole('button', { name: 'Opret mødet' }));

    expect(await screen.findByText('Mødet kan ikke slutte, før det begynder.')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('Mødet kan ikke slutte, før det begynder.');
    expect(await meetings.all()).toHaveLength(0);
  });

  it('asks for a title and stores nothing when the title is empty', async () => {
    const user = userEvent.setup();
    const council = await givenCouncil();
    openNewForm(council.id);

    await user.click(await screen.findByRole('button', { name: 'Opret mødet' }));

    expect(screen.getByLabelText('Mødets navn')).toHaveAccessibleDescription(/Skriv noget her\./);
    expect(await meetings.all()).toHaveLength(0);
  });

  it('changes an existing meeting', async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting();
    renderScreen(<MeetingFormScreen />, {
      path: routes.meetingEdit,
      url: paths.meetingEdit(meeting.id),
      extraRoutes: [hub],
    });

    const title = await screen.findByLabelText('Mødets navn');
    expect(title).toHaveValue('Brugerrådsmøde');
    await user.clear(title);
    await user.type(title, 'Julemøde');
    await user.clear(screen.getByLabelText('Sted'));
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    await screen.findByRole('heading', { name: 'Mødets side' });
    const stored = await meetings.get(meeting.id);
    expect(stored?.title).toBe('Julemøde');
    expect(stored?.location).toBeUndefined();
    expect(stored?.startsAt).toBe(meeting.startsAt);
  });

  it("a stale screen's save does not undo a newer edit", async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting();
    renderScreen(<MeetingFormScreen />, {
      path: routes.meetingEdit,
      url: paths.meetingEdit(meeting.id),
      extraRoutes: [hub],
    });
    const title = await screen.findByLabelText('Mødets navn');

    // Another tab (or a sync) moves the meeting while this form is open.
    await meetings.update(meeting.id, { location: 'Biblioteket' });
    await user.clear(title);
    await user.type(title, 'Julemøde');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    await screen.findByRole('heading', { name: 'Mødets side' });
    expect(await meetings.get(meeting.id)).toMatchObject({ title: 'Julemøde', location: 'Biblioteket' });
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    const council = await givenCouncil();
    openNewForm(council.id, 'en');

    await screen.findByLabelText('Meeting name');
    expect(screen.getByRole('heading', { level: 1, name: 'New meeting' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Meeting name')).toHaveAccessibleDescription(/Please write something here\./),
    );
  });
});

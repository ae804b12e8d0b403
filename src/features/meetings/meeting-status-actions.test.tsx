import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetings } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MeetingStatusActions } from './meeting-status-actions';
import { givenMeeting } from './meetings-test-data';

describe('MeetingStatusActions', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it("a stale screen's save does not undo a newer edit", async () => {
    const user = userEvent.setup();
    const { meeting } = await givenMeeting();
    // The buttons keep the meeting as they rendered it, as a screen does until its query answers.
    renderScreen(<MeetingStatusActions meeting={meeting} agendaItemCount={1} />);
    await meetings.update(meeting.id, { title: 'Julemøde', location: 'Biblioteket' });

    await user.click(await screen.findByRole('button', { name: 'Dagsordenen er klar' }));

    await waitFor(async () => expect((await meetings.get(meeting.id))?.status).toBe('agenda-ready'));
    expect(await meetings.get(meeting.id)).toMatchObject({ title: 'Julemøde', location: 'Biblioteket' });
  });
});

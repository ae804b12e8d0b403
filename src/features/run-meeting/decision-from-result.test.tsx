// "Lav en beslutning ud fra resultatet" pre-fills a plain sentence, never "question?: Ja".
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetings } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MeetingModeScreen } from './meeting-mode-screen';
import { createMeetingFixture } from './run-meeting-test-data';
import { openVote } from '../../shared/voting/vote-actions';
import { paths, routes } from '../../ui/paths';

beforeEach(() => {
  freshDatabase();
  sessionStorage.clear();
});
afterEach(() => cleanup());

describe('a decision made from a vote result', () => {
  it('reads as a sentence after a yes/no vote counted by hand', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]!.id });
    await openVote(meeting.id, items[1]!.id, 'Sommertur til stranden?', { kind: 'yes-no', mode: 'hand-count' });
    renderScreen(<MeetingModeScreen />, { path: routes.meetingDuring, url: paths.meetingDuring(meeting.id) });

    const yes = await screen.findByRole('spinbutton', { name: /^Ja/ });
    await user.clear(yes);
    await user.type(yes, '4');
    const no = screen.getByRole('spinbutton', { name: /^Nej/ });
    await user.clear(no);
    await user.type(no, '1');
    await user.click(screen.getByRole('button', { name: 'Gem tallene' }));
    expect(await screen.findByText('Tallene er gemt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Luk afstemningen' }));

    await user.click(await screen.findByRole('button', { name: 'Lav en beslutning ud fra resultatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skriv beslutning' });
    const text = within(dialog).getByRole('textbox', { name: /Hvad har I besluttet/ }) as HTMLTextAreaElement;
    expect(text.value).toBe('Vi siger ja til sommertur til stranden.');
  });
});

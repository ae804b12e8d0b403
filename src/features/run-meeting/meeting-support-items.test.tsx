import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { agendaItems, decisions, meetings } from '../../storage/repositories';
import { fakeSpeech, fakeVoice, type FakeSpeechSynthesis } from '../../testing/fake-speech-synthesis';
import { freshDatabase, renderScreen } from '../../testing/render';
import { setSpeechService } from '../../ui/speech';
import { MeetingModeScreen } from './meeting-mode-screen';
import { createMeetingFixture } from './run-meeting-test-data';
import { setPresence } from './attendance-actions';
import { paths, routes } from '../../ui/paths';

let synth: FakeSpeechSynthesis;
beforeEach(() => {
  freshDatabase();
  sessionStorage.clear();
  const speech = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
  synth = speech.synth;
  setSpeechService(speech.service);
});
afterEach(() => setSpeechService(null));

function open(meetingId: string) {
  return renderScreen(<MeetingModeScreen />, {
    path: routes.meetingDuring,
    url: paths.meetingDuring(meetingId),
  });
}

describe('opening and round items', () => {
  it('"since last time" lists the previous meeting’s decisions with their follow-up status', async () => {
    const fixture = await createMeetingFixture('in-progress', [{ title: 'Siden sidst', kind: 'since-last-time' }]);
    const earlier = await meetings.save({
      ...fixture.meeting,
      id: newId(),
      title: 'Vintermøde',
      startsAt: '2026-01-14T12:00:00.000Z',
      endsAt: '2026-01-14T13:00:00.000Z',
      status: 'held',
    });
    const earlierItem = await agendaItems.save({
      id: newId(),
      meetingId: earlier.id,
      kind: 'decision',
      title: 'Kaffe',
      plannedMinutes: 10,
      order: 1,
    });
    await decisions.save({
      id: newId(),
      meetingId: earlier.id,
      agendaItemId: earlierItem.id,
      text: 'Vi køber en ny kaffemaskine',
      followUp: 'done',
      responsibleMemberId: fixture.members[0]!.id,
    });
    await decisions.save({
      id: newId(),
      meetingId: earlier.id,
      agendaItemId: earlierItem.id,
      text: 'Vi maler stuen',
      followUp: 'in-progress',
    });
    open(fixture.meeting.id);

    const section = await screen.findByRole('region', { name: 'Det besluttede vi sidst' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const coffee = items.find((li) => li.textContent?.includes('Vi køber en ny kaffemaskine'));
    expect(coffee).toHaveTextContent('Anna sørger for det');
    expect(coffee).toHaveTextContent('Gjort');
    expect(items.find((li) => li.textContent?.includes('Vi maler stuen'))).toHaveTextContent('I gang');
  });

  it('round the table steps through the members who are here, one at a time, spoken', async () => {
    const user = userEvent.setup();
    const fixture = await createMeetingFixture('in-progress', [{ title: 'Runden rundt', kind: 'round-the-table' }]);
    await setPresence(fixture.meeting.id, fixture.members[0]!.id, true);
    await setPresence(fixture.meeting.id, fixture.members[2]!.id, true);
    open(fixture.meeting.id);

    expect(await screen.findByText('Nu er det Annas tur')).toBeInTheDocument();
    expect(screen.getByText('1 af 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Næste person' }));
    expect(await screen.findByText('Nu er det Carlas tur')).toBeInTheDocument();
    expect(synth.spoken.at(-1)?.text).toBe('Nu er det Carlas tur');
    await user.click(screen.getByRole('button', { name: 'Næste person' }));
    expect(await screen.findByText('Alle har haft deres tur.')).toBeInTheDocument();
  });
});

// A secret vote closed on one tablet shows its result on every other device, from the tally
// stored on the vote: the ballots themselves never leave the tablet they were cast on.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { database } from '../../storage/database';
import { meetings, members, votes } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { openSecondDevice } from '../../testing/second-device';
import { finishMeeting } from './meeting-actions';
import { MeetingModeScreen } from './meeting-mode-screen';
import { beachOrZoo, createMeetingFixture } from './run-meeting-test-data';
import { castSecret, closeVote, openVote } from '../../shared/voting/vote-actions';
import { paths, routes } from '../../ui/paths';

beforeEach(() => {
  freshDatabase();
  sessionStorage.clear();
});
afterEach(() => cleanup());

const options = beachOrZoo;

/** A running meeting with a secret vote on its current item and three residents who voted. */
async function votedSecretly(picks: string[]) {
  const { meeting, items, members: people, councilId } = await createMeetingFixture();
  const dorte = await members.save({
    id: newId(),
    councilId,
    displayName: 'Dorte',
    role: 'resident',
    photoConsent: false,
  });
  const residents = [...people.filter((m) => m.role === 'resident'), dorte];
  await meetings.update(meeting.id, { currentItemId: items[1]!.id });
  const vote = await openVote(meeting.id, items[1]!.id, 'Hvor skal vi hen?', {
    kind: 'choose-one',
    mode: 'secret',
    options,
  });
  for (const [i, pick] of picks.entries())
    expect(await castSecret(vote.id, residents[i]!.id, [pick], i === 0)).toEqual({ ok: true });
  return { meeting, vote };
}

describe('a secret vote on a second device', () => {
  it('shows the result of a secret vote closed on the other tablet, without its ballots', async () => {
    const { meeting, vote } = await votedSecretly(['zoo', 'zoo', 'beach']);
    await closeVote(vote.id);

    const second = await openSecondDevice();
    expect(await second.secretBallots.count()).toBe(0);
    renderScreen(<MeetingModeScreen />, { path: routes.meetingDuring, url: paths.meetingDuring(meeting.id) });
    expect(await screen.findByText('Flest stemte: Zoo')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '2 stemmer' })).toBeInTheDocument();
    expect(screen.getByText('1 stemte med hjælp')).toBeInTheDocument();
  });

  it('shows only how many voted, under 3 ballots, there too', async () => {
    const { meeting, vote } = await votedSecretly(['zoo', 'beach']);
    await closeVote(vote.id);
    expect((await votes.get(vote.id))?.tally).toEqual({ ballotCount: 2, assistedCount: 1 });

    await openSecondDevice();
    renderScreen(<MeetingModeScreen />, { path: routes.meetingDuring, url: paths.meetingDuring(meeting.id) });
    expect(await screen.findByText('2 stemmer. For få til at vise resultatet.')).toBeInTheDocument();
  });

  it('stores the tally when ending the meeting closes a secret vote left open', async () => {
    const { meeting, vote } = await votedSecretly(['zoo', 'zoo', 'beach']);
    const outcome = await finishMeeting(meeting, 3);
    expect(outcome.ok).toBe(true);
    expect((await votes.get(vote.id))?.tally).toEqual({
      counts: { beach: 1, zoo: 2 },
      ballotCount: 3,
      assistedCount: 1,
    });
    expect(await database().secretBallots.count()).toBe(3);
  });
});

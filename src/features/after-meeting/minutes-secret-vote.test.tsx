// The minutes on a device that never had a secret vote's ballots: they show the tally that
// closing the vote stored on it.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { castSecretBallot } from '../../storage/ballot-box';
import { closeVote } from '../../storage/close-ballot-box';
import { agendaItems, members, votes } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { openSecondDevice } from '../../testing/second-device';
import { AfterMeetingScreen } from './after-meeting-screen';
import { createHeldMeeting } from './after-meeting-test-data';
import { paths, routes } from '../../ui/paths';

beforeEach(() => {
  freshDatabase();
});
afterEach(() => cleanup());

const options = [
  { id: 'sofa', label: 'Ny sofa', picture: { type: 'pictogram' as const, id: 'room-furniture' } },
  { id: 'chairs', label: 'Nye stole', picture: { type: 'pictogram' as const, id: 'room-furniture' } },
];

async function heldMeetingWithSecretVote(picks: string[]) {
  const { meeting, members: people } = await createHeldMeeting();
  const dorte = await members.save({
    id: newId(),
    councilId: meeting.councilId,
    displayName: 'Dorte',
    role: 'resident',
    photoConsent: false,
  });
  const voters = [...people.filter((m) => m.role === 'resident'), dorte];
  const furniture = (await agendaItems.where('meetingId', meeting.id)).find((i) => i.title === 'Nye møbler')!;
  const vote = await votes.save({
    id: newId(),
    meetingId: meeting.id,
    agendaItemId: furniture.id,
    question: 'Hvad skal vi købe?',
    kind: 'choose-one',
    mode: 'secret',
    status: 'open',
    options,
  });
  for (const [i, pick] of picks.entries()) {
    expect(
      await castSecretBallot({ boxId: vote.id, memberId: voters[i]!.id, picked: [pick], assisted: false }),
    ).toEqual({ ok: true });
  }
  await closeVote(vote.id);
  return meeting;
}

function renderAfter(meetingId: string) {
  return renderScreen(<AfterMeetingScreen />, {
    path: routes.meetingAfter,
    url: paths.meetingAfter(meetingId),
  });
}

describe('a secret vote in the minutes on a second device', () => {
  it('shows the result from the stored tally', async () => {
    const meeting = await heldMeetingWithSecretVote(['chairs', 'sofa', 'chairs']);
    const second = await openSecondDevice();
    expect(await second.secretBallots.count()).toBe(0);
    renderAfter(meeting.id);
    const minutes = await screen.findByRole('region', { name: 'Referat: Forårsmøde' });
    const secret = within(minutes)
      .getByRole('heading', { name: /Hvad skal vi købe\?/ })
      .closest('.minutes-vote') as HTMLElement;
    expect(within(secret).getByText('Flest stemte: Nye stole')).toBeInTheDocument();
    expect(within(secret).getByRole('img', { name: '2 stemmer' })).toBeInTheDocument();
    expect(within(secret).getByRole('img', { name: '1 stemme' })).toBeInTheDocument();
  });

  it('shows only how many voted under 3 ballots', async () => {
    const meeting = await heldMeetingWithSecretVote(['chairs', 'sofa']);
    await openSecondDevice();
    renderAfter(meeting.id);
    const minutes = await screen.findByRole('region', { name: 'Referat: Forårsmøde' });
    expect(within(minutes).getByText('2 stemmer. For få til at vise resultatet.')).toBeInTheDocument();
    expect(within(minutes).queryByText('Flest stemte: Nye stole')).not.toBeInTheDocument();
  });
});

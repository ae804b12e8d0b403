import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ballotBoxState, secretBallotsOf } from '../../storage/ballot-box';
import { decisions, meetings, votes } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MeetingModeScreen } from './meeting-mode-screen';
import { beachOrZoo, createMeetingFixture } from './run-meeting-test-data';
import { openVote } from '../../shared/voting/vote-actions';
import { paths, routes } from '../../ui/paths';

function renderMeeting(meetingId: string) {
  return renderScreen(<MeetingModeScreen />, {
    path: routes.meetingDuring,
    url: paths.meetingDuring(meetingId),
  });
}

beforeEach(() => {
  freshDatabase();
  sessionStorage.clear();
});
afterEach(() => cleanup());

const options = beachOrZoo;

async function voteSecretly(user: ReturnType<typeof userEvent.setup>, name: string, option: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(name) }));
  await user.click(await screen.findByRole('button', { name: option }));
  await user.click(await screen.findByRole('button', { name: 'Det er min stemme' }));
  await user.click(await screen.findByRole('button', { name: 'Videre' }));
  await user.click(await screen.findByRole('button', { name: 'Næste person' }));
}

describe('votes in meeting mode', () => {
  it('starts a secret choose-one vote with pictures from the dialog', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Start afstemning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start afstemning' });
    await user.click(within(dialog).getByRole('radio', { name: 'Vælg 1 mulighed' }));
    await user.click(within(dialog).getByRole('radio', { name: /Hemmeligt på tabletten/ }));

    // Nothing is stored while an option has no name or picture.
    await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));
    expect(await within(dialog).findAllByText('Vælg et billede.')).toHaveLength(2);
    expect(await votes.where('meetingId', meeting.id)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Navn på mulighed 1' }), 'Stranden');
    // The same full symbol search as the agenda, in its own dialog over this one.
    await user.click(within(dialog).getByRole('button', { name: /Billede til mulighed 1/ }));
    let picker = await screen.findByRole('dialog', { name: 'Vælg et piktogram' });
    await user.type(within(picker).getByLabelText('Søg efter billede'), 'svøm');
    await user.click(await within(picker).findByRole('button', { name: 'Svømning' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Vælg et piktogram' })).not.toBeInTheDocument());
    // Closing the picker leaves the vote dialog open.
    expect(within(dialog).getByText('Piktogram: Svømning')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn på mulighed 2' }), 'Bowling');
    await user.click(within(dialog).getByRole('button', { name: /Billede til mulighed 2/ }));
    picker = await screen.findByRole('dialog', { name: 'Vælg et piktogram' });
    await user.type(within(picker).getByLabelText('Søg efter billede'), 'sport');
    await user.click(await within(picker).findByRole('button', { name: 'Sport' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));

    await waitFor(async () => expect(await votes.where('meetingId', meeting.id)).toHaveLength(1));
    const [vote] = await votes.where('meetingId', meeting.id);
    expect(vote).toMatchObject({ kind: 'choose-one', mode: 'secret', status: 'open' });
    expect(vote!.options?.map((o) => [o.label, o.picture])).toEqual([
      ['Stranden', expect.objectContaining({ type: 'pictogram', id: 'swimming' })],
      ['Bowling', expect.objectContaining({ type: 'pictogram', id: 'sport' })],
    ]);
    expect(await screen.findByRole('heading', { name: 'Hvem stemmer nu?' })).toBeInTheDocument();
  });

  it('runs a secret vote: one vote each, nothing shown until closed, no breakdown under 3 ballots', async () => {
    const user = userEvent.setup();
    const { meeting, items, members } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    const vote = await openVote(meeting.id, items[1]!.id, 'Hvor skal vi hen?', {
      kind: 'choose-one',
      mode: 'secret',
      options,
    });
    renderMeeting(meeting.id);

    expect(await screen.findByText(/Vi ser resultatet, når afstemningen er slut/)).toBeInTheDocument();
    await voteSecretly(user, 'Anna', 'Zoo');
    expect(await screen.findByRole('button', { name: /Anna/ })).toBeDisabled();
    expect(screen.queryByText('Zoo')).not.toBeInTheDocument();
    await voteSecretly(user, 'Bo', 'Stranden');

    const state = await ballotBoxState(vote.id);
    expect([...state.votedMemberIds].sort()).toEqual([members[0]!.id, members[1]!.id].sort());
    expect(await secretBallotsOf(vote.id)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Luk afstemningen' }));
    expect(await screen.findByText('2 stemmer. For få til at vise resultatet.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: '1 stemme' })).not.toBeInTheDocument();
  });

  it('enters a hand count and shows a tie with the council rule, then records the lot', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    const vote = await openVote(meeting.id, items[1]!.id, 'Hvor skal vi hen?', {
      kind: 'choose-one',
      mode: 'hand-count',
      options,
      tieRule: 'draw-lots',
    });
    renderMeeting(meeting.id);
    const beach = await screen.findByRole('spinbutton', { name: /Stranden/ });
    await user.clear(beach);
    await user.type(beach, '4');
    const zoo = screen.getByRole('spinbutton', { name: /Zoo/ });
    await user.clear(zoo);
    await user.type(zoo, '4');
    await user.click(screen.getByRole('button', { name: 'Gem tallene' }));
    expect(await screen.findByText('Tallene er gemt.')).toBeInTheDocument();
    expect((await votes.get(vote.id))?.handCounts).toEqual({ beach: 4, zoo: 4 });

    await user.click(screen.getByRole('button', { name: 'Luk afstemningen' }));
    expect(await screen.findByText('Lige mange stemmer: Stranden og Zoo')).toBeInTheDocument();
    expect(screen.getByText('Rådets regel ved stemmelighed: Lodtrækning.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Træk lod' }));
    await waitFor(async () => expect((await votes.get(vote.id))?.tieBreak?.method).toBe('lot'));
    expect(await screen.findByText(/Lodtrækningen valgte: (Stranden|Zoo)/)).toBeInTheDocument();

    // The result feeds a decision.
    await user.click(screen.getByRole('button', { name: 'Lav en beslutning ud fra resultatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skriv beslutning' });
    const text = within(dialog).getByRole('textbox', { name: /Hvad har I besluttet/ }) as HTMLTextAreaElement;
    expect(text.value).toMatch(/^Vi vælger: (Stranden|Zoo)\.$/);
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect(await decisions.where('meetingId', meeting.id)).toHaveLength(1));
  });

  it('links open ballots to the member tapped first, once per member', async () => {
    const user = userEvent.setup();
    const { meeting, items, members } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    const vote = await openVote(meeting.id, items[1]!.id, 'Hvor skal vi hen?', {
      kind: 'smiley',
      mode: 'open',
      scale: 3,
    });
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: /^Anna/ }));
    await user.click(screen.getByRole('button', { name: 'Glad' }));
    expect(await screen.findByText('Anna har stemt.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /^Anna/ })).toBeDisabled());
    // A second answer with nobody chosen is not counted: it asks who votes.
    await user.click(screen.getByRole('button', { name: 'Glad' }));
    expect(await screen.findByText(/Tryk først på billedet af den, der stemmer\. Så på valget\./)).toBeInTheDocument();
    const { ballots } = await import('../../storage/repositories');
    expect(await ballots.where('voteId', vote.id)).toEqual([
      expect.objectContaining({ memberId: members[0]!.id, choice: 'happy' }),
    ]);
    expect(screen.getByRole('img', { name: '1 stemme' })).toBeInTheDocument();
  });
});

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ballots, decisions, meetings, votes, attendance } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MeetingModeScreen } from './meeting-mode-screen';
import { createMeetingFixture } from './run-meeting-test-data';
import { openVote } from '../../shared/voting/vote-actions';
import { paths, routes } from '../../ui/paths';

const path = routes.meetingDuring;

function renderMeeting(meetingId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<MeetingModeScreen />, {
    path,
    url: paths.meetingDuring(meetingId),
    language,
    extraRoutes: [
      { path: routes.meetingAfter, element: <p>Efter-siden</p> },
      { path: routes.meeting, element: <p>Mødesiden</p> },
    ],
  });
}

beforeEach(() => {
  freshDatabase();
  sessionStorage.clear();
});
afterEach(() => cleanup());

describe('MeetingModeScreen', () => {
  it('shows the first item when no current item is stored', async () => {
    const { meeting } = await createMeetingFixture();
    renderMeeting(meeting.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen' })).toBeInTheDocument();
    expect(screen.getByText('Punkt 1 af 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Forrige/ })).toBeDisabled();
  });

  it('stores the current item on Next and resumes there after a reload', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    const first = renderMeeting(meeting.id);
    await screen.findByRole('heading', { level: 1, name: 'Velkommen' });
    await user.click(screen.getByRole('button', { name: /Næste/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sommerturen' })).toBeInTheDocument();
    expect((await meetings.get(meeting.id))?.currentItemId).toBe(items[1]?.id);

    first.unmount();
    renderMeeting(meeting.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sommerturen' })).toBeInTheDocument();
    expect(screen.getByText('Punkt 2 af 3')).toBeInTheDocument();
  });

  it('keeps attendance when a member is marked present', async () => {
    const user = userEvent.setup();
    const { meeting, members } = await createMeetingFixture();
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: /Fremmøde/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Hvem er her i dag?' });
    const anna = within(dialog).getByRole('button', { name: /Anna/ });
    expect(anna).toHaveAttribute('aria-pressed', 'false');
    await user.click(anna);
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: /Anna/ })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(within(dialog).getByRole('button', { name: /Anna/ })).toHaveTextContent('Til stede');

    const rows = await attendance.where('meetingId', meeting.id);
    expect(rows).toEqual([expect.objectContaining({ memberId: members[0]?.id, present: true })]);

    // Toggling again updates the same row instead of adding another.
    await user.click(within(dialog).getByRole('button', { name: /Anna/ }));
    await waitFor(async () => expect((await attendance.where('meetingId', meeting.id))[0]?.present).toBe(false));
    expect(await attendance.where('meetingId', meeting.id)).toHaveLength(1);
  });

  it('counts a yes/no answer only for the person tapped first, once per person, and never an answer alone', async () => {
    const user = userEvent.setup();
    const { meeting, items, members } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Start afstemning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start afstemning' });
    expect(within(dialog).getByRole('textbox', { name: /Spørgsmål/ })).toHaveValue('Sommerturen');
    await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));

    const choices = await screen.findByRole('group', { name: 'Vælg' });
    const [vote] = await votes.where('meetingId', meeting.id);
    // "Ja" before choosing a person counts nothing and says what to do.
    await user.click(within(choices).getByRole('button', { name: 'Ja' }));
    expect(await screen.findByText(/Tryk først på billedet af den, der stemmer\. Så på valget\./)).toBeInTheDocument();
    expect(await ballots.where('voteId', vote!.id)).toHaveLength(0);
    expect(screen.getByText('(0 af 2 har stemt)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Anna/ }));
    await user.dblClick(within(choices).getByRole('button', { name: 'Ja' }));
    expect(await screen.findByText('Anna har stemt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Bo/ }));
    await user.click(within(choices).getByRole('button', { name: 'Nej' }));
    await waitFor(async () => expect(await ballots.where('voteId', vote!.id)).toHaveLength(2));
    expect(await screen.findByText('(2 af 2 har stemt)')).toBeInTheDocument();
    const stored = await ballots.where('voteId', vote!.id);
    expect(stored.map((b) => [b.memberId, b.choice]).sort()).toEqual(
      [
        [members[0]!.id, 'yes'],
        [members[1]!.id, 'no'],
      ].sort(),
    );
    // Carla is staff: not offered.
    expect(screen.queryByRole('button', { name: /^Carla/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: '1 stemme' })).toHaveLength(2);
  });

  it('counts hands without names only when staff choose it, and never more than can vote', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    const vote = await openVote(meeting.id, items[1]!.id, 'Skal vi til Tivoli?');
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Tæl hænder uden navne' }));
    expect(await screen.findByText('Hænder tælles uden navn. Der kan tælles 2 mere.')).toBeInTheDocument();
    const choices = screen.getByRole('group', { name: 'Vælg' });
    // Each tap waits for the count: while a tap saves, the answers are locked (a double tap counts once).
    for (const count of [1, 2]) {
      await user.click(within(choices).getByRole('button', { name: 'Ja' }));
      expect(await screen.findByText(`(${count} af 2 har stemt)`)).toBeInTheDocument();
    }
    // A third tap is refused with a reason.
    await user.click(within(choices).getByRole('button', { name: 'Ja' }));
    expect(await screen.findByText('Alle har stemt. Der kan ikke tælles flere stemmer.')).toBeInTheDocument();
    expect(await ballots.where('voteId', vote.id)).toHaveLength(2);
    // The count on screen follows the stored ballots through a live query: wait for it.
    expect(await screen.findByText('(2 af 2 har stemt)')).toBeInTheDocument();
  });

  it('undoes the last ballot cast on this tablet, also after a reload', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    const vote = await openVote(meeting.id, items[1]!.id, 'Skal vi til Tivoli?');
    const first = renderMeeting(meeting.id);
    const choices = await screen.findByRole('group', { name: 'Vælg' });
    await user.click(screen.getByRole('button', { name: /^Anna/ }));
    await user.click(within(choices).getByRole('button', { name: 'Ja' }));
    await waitFor(async () => expect(await ballots.where('voteId', vote.id)).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: /^Bo/ }));
    await user.click(within(choices).getByRole('button', { name: 'Nej' }));
    await waitFor(async () => expect(await ballots.where('voteId', vote.id)).toHaveLength(2));

    first.unmount();
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Fortryd sidste stemme' }));
    expect(await screen.findByText('Den sidste stemme er fjernet.')).toBeInTheDocument();
    const left = await ballots.where('voteId', vote.id);
    expect(left.map((b) => b.choice)).toEqual(['yes']);
  });

  it('refuses ballots once the vote is closed and shows the result', async () => {
    const user = userEvent.setup();
    const { meeting, items, members } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    const vote = await openVote(meeting.id, items[1]!.id, 'Skal vi til Tivoli?');
    renderMeeting(meeting.id);
    const choices = await screen.findByRole('group', { name: 'Vælg' });
    await user.click(screen.getByRole('button', { name: /^Anna/ }));
    await user.click(within(choices).getByRole('button', { name: 'Ja' }));
    await waitFor(async () => expect(await ballots.where('voteId', vote.id)).toHaveLength(1));

    // Closed from another tab or device while this screen still shows the buttons.
    await votes.update(vote.id, { status: 'closed' });
    const { castMemberBallot } = await import('../../shared/voting/vote-actions');
    expect(await castMemberBallot(vote.id, members[1]!.id, ['no'])).toEqual({ ok: false, reason: 'vote-closed' });
    expect(await ballots.where('voteId', vote.id)).toHaveLength(1);

    expect(await screen.findByText('Flest stemte: Ja')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Vælg' })).not.toBeInTheDocument();
  });

  it('asks before closing while someone has not voted, and closes at once when all have', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[1]?.id });
    await openVote(meeting.id, items[1]!.id, 'Skal vi til Tivoli?');
    renderMeeting(meeting.id);
    const choices = await screen.findByRole('group', { name: 'Vælg' });
    await user.click(screen.getByRole('button', { name: /^Anna/ }));
    await user.click(within(choices).getByRole('button', { name: 'Ja' }));
    await screen.findByText('(1 af 2 har stemt)');
    await user.click(screen.getByRole('button', { name: 'Luk afstemningen' }));
    expect(
      await screen.findByText('1 af 2 har ikke stemt endnu. Vil du lukke afstemningen alligevel?'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    await user.click(screen.getByRole('button', { name: /^Bo/ }));
    await user.click(within(choices).getByRole('button', { name: 'Nej' }));
    await screen.findByText('(2 af 2 har stemt)');
    // Everyone has voted: no question.
    await user.click(screen.getByRole('button', { name: 'Luk afstemningen' }));
    expect(await screen.findByText('Lige mange stemmer: Ja og Nej')).toBeInTheDocument();
    expect(screen.getAllByText('Lige mange')).toHaveLength(2);
  });

  it('starts a vote on a discussion item, and a second one on the same item after it closed', async () => {
    const user = userEvent.setup();
    const { meeting, items, members } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[2]?.id });
    renderMeeting(meeting.id);
    for (const question of ['Skal vi købe nye møbler?', 'Skal de være blå?']) {
      await user.click(await screen.findByRole('button', { name: 'Start afstemning' }));
      const dialog = await screen.findByRole('dialog', { name: 'Start afstemning' });
      const field = within(dialog).getByRole('textbox', { name: /Spørgsmål/ });
      await user.clear(field);
      await user.type(field, question);
      await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));
      const choices = await screen.findByRole('group', { name: 'Vælg' });
      for (const member of members.slice(0, 2)) {
        await user.click(screen.getByRole('button', { name: new RegExp(`^${member.displayName}`) }));
        await user.click(within(choices).getByRole('button', { name: 'Ja' }));
        await screen.findByText(`${member.displayName} har stemt.`);
      }
      await screen.findByText('(2 af 2 har stemt)');
      await user.click(screen.getByRole('button', { name: 'Luk afstemningen' }));
      await screen.findByText('Flest stemte: Ja');
    }
    const earlier = screen.getByRole('region', { name: 'Tidligere afstemning' });
    expect(within(earlier).getByText('Skal vi købe nye møbler?')).toBeInTheDocument();
    expect(within(earlier).getByText(/Flest stemte: Ja/)).toBeInTheDocument();
    expect(await votes.where('agendaItemId', items[2]!.id)).toHaveLength(2);
  });

  it('shows an error and stores nothing when the decision text is empty', async () => {
    const user = userEvent.setup();
    const { meeting } = await createMeetingFixture();
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Skriv beslutning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skriv beslutning' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await within(dialog).findByText('Skriv noget her.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Hvad har I besluttet/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await decisions.where('meetingId', meeting.id)).toHaveLength(0);
  });

  it('saves a decision with who does it and shows it on the item', async () => {
    const user = userEvent.setup();
    const { meeting, members } = await createMeetingFixture();
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Skriv beslutning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skriv beslutning' });
    await user.type(within(dialog).getByRole('textbox', { name: /Hvad har I besluttet/ }), 'Vi køber en ny sofa');
    // The item's picture is the default; staff change it with the full symbol search.
    await user.click(within(dialog).getByRole('button', { name: 'Vælg piktogram: Billede til beslutningen' }));
    const picker = await screen.findByRole('dialog', { name: 'Vælg et piktogram' });
    await user.type(within(picker).getByLabelText('Søg efter billede'), 'møbl');
    await user.click((await within(picker).findAllByRole('button', { name: /^(Møbler|Værelse)/ }))[0]!);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Vælg et piktogram' })).not.toBeInTheDocument());
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Hvem sørger for det?' }), 'Carla');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Skriv beslutning' })).not.toBeInTheDocument());
    const shown = await screen.findByRole('region', { name: 'Det har vi besluttet' });
    expect(within(shown).getByText('Vi køber en ny sofa')).toBeInTheDocument();
    expect(within(shown).getByText('Carla sørger for det')).toBeInTheDocument();
    const [stored] = await decisions.where('meetingId', meeting.id);
    expect(stored).toMatchObject({
      text: 'Vi køber en ny sofa',
      responsibleMemberId: members[2]?.id,
      picture: { type: 'pictogram', id: 'room-furniture' },
    });
  });

  it('ends the meeting on the last item and goes to the after-meeting page', async () => {
    const user = userEvent.setup();
    const { meeting, items } = await createMeetingFixture();
    await meetings.update(meeting.id, { currentItemId: items[2]?.id });
    renderMeeting(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Afslut mødet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Afslut mødet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Afslut mødet' }));
    expect(await screen.findByText('Efter-siden')).toBeInTheDocument();
    expect((await meetings.get(meeting.id))?.status).toBe('held');
  });

  it('offers Start when the agenda is ready and runs the meeting after it', async () => {
    const user = userEvent.setup();
    const { meeting } = await createMeetingFixture('agenda-ready');
    renderMeeting(meeting.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mødet begynder' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen' })).toBeInTheDocument();
    expect((await meetings.get(meeting.id))?.status).toBe('in-progress');
  });

  it('tells staff the agenda must be ready first when the meeting is only planned', async () => {
    const { meeting } = await createMeetingFixture('planned');
    renderMeeting(meeting.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dagsordenen er ikke klar' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Til mødesiden/ })[0]).toHaveAttribute(
      'href',
      paths.meeting(meeting.id),
    );
  });

  it('speaks English when the language is English', async () => {
    const { meeting } = await createMeetingFixture();
    renderMeeting(meeting.id, 'en');
    expect(await screen.findByText('Item 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Attendance/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Write decision' })).toBeInTheDocument();
  });
});

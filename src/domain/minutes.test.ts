import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda-item';
import type { Attendance } from './attendance';
import type { Council } from './council';
import type { Decision } from './decision';
import type { Meeting } from './meeting';
import type { Member } from './member';
import { generateMinutes, type MinutesInput } from './minutes';
import type { Ballot, Vote } from './vote';

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const hash = (c: string) => c.repeat(64);

const council: Council = {
  id: uuid(),
  facilityId: uuid(),
  name: 'Brugerrådet på Solgården',
  kind: 'user-council',
  meetingsPerYear: 4,
};
const meeting: Meeting = {
  id: uuid(),
  councilId: council.id,
  title: 'Forårsmøde',
  startsAt: '2025-03-04T10:00:00.000Z',
  endsAt: '2025-03-04T11:00:00.000Z',
  location: 'Fælleshuset',
  isOpen: true,
  status: 'held',
};

function member(displayName: string, role: Member['role'], extra: Partial<Member> = {}): Member {
  return { id: uuid(), councilId: council.id, displayName, role, photoConsent: false, ...extra };
}
const anna = member('Anna', 'resident', { photo: hash('a'), photoConsent: true });
const bo = member('Bo', 'resident', { photo: hash('b'), photoConsent: false });
const carl = member('Carl', 'staff');
const dorte = member('Dorte', 'relative', { photo: hash('d'), photoConsent: true });
const gunnar = member('Gunnar', 'guest');
const gitte = member('Gitte', 'guest');
const members = [dorte, carl, bo, anna, gunnar, gitte];

function item(order: number, kind: AgendaItem['kind'], title: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { id: uuid(), meetingId: meeting.id, kind, title, plannedMinutes: 10, order, ...extra };
}
const welcome = item(1, 'information', 'Velkommen', { details: 'Vi siger hej.' });
const trip = item(2, 'vote', 'Sommertur', { picture: { type: 'pictogram', id: 'trip' } });
const pause = item(3, 'break', 'Pause');
const food = item(4, 'decision', 'Mad');
const items = [food, pause, trip, welcome];

const attend = (m: Member, present: boolean): Attendance => ({
  id: uuid(),
  meetingId: meeting.id,
  memberId: m.id,
  present,
});
const attendance = [attend(anna, true), attend(carl, true), attend(gunnar, true), attend(bo, false)];

function vote(agendaItemId: string, question: string, status: Vote['status']): Vote {
  return { id: uuid(), meetingId: meeting.id, agendaItemId, question, kind: 'yes-no', mode: 'open', status };
}
const closedVote = vote(trip.id, 'Skal vi til stranden?', 'closed');
const openVote = vote(trip.id, 'Skal vi i zoo?', 'open');
const ballot = (v: Vote, choice: Ballot['choice']): Ballot => ({ id: uuid(), voteId: v.id, choice });
const ballots = [
  ballot(closedVote, 'yes'),
  ballot(closedVote, 'yes'),
  ballot(closedVote, 'no'),
  ballot(openVote, 'no'),
];

const decision = (agendaItemId: string, text: string, extra: Partial<Decision> = {}): Decision => ({
  id: uuid(),
  meetingId: meeting.id,
  agendaItemId,
  text,
  followUp: 'not-started',
  ...extra,
});
const beach = decision(trip.id, 'Vi tager til stranden i juni.', {
  responsibleMemberId: carl.id,
  dueDate: '2025-06-01',
});
const pizza = decision(food.id, 'Pizza hver fredag.', { picture: { type: 'pictogram', id: 'pizza' } });
const nobody = decision(food.id, 'Mere frugt.', { responsibleMemberId: uuid() });

const input: MinutesInput = {
  meeting,
  council,
  items,
  members,
  attendance,
  decisions: [pizza, beach, nobody],
  votes: [openVote, closedVote],
  ballots,
};

describe('generateMinutes', () => {
  const minutes = generateMinutes(input);

  it('carries the meeting and council', () => {
    expect(minutes).toMatchObject({
      meetingId: meeting.id,
      councilName: council.name,
      title: 'Forårsmøde',
      startsAt: meeting.startsAt,
      location: 'Fælleshuset',
    });
  });

  it('lists who was present, sorted by name', () => {
    expect(minutes.present.map((p) => p.name)).toEqual(['Anna', 'Carl', 'Gunnar']);
  });

  it('lists members without attendance or marked away as absent, but never guests', () => {
    expect(minutes.absent.map((p) => p.name)).toEqual(['Bo', 'Dorte']);
  });

  it.each([
    { name: 'Anna', list: 'present', photo: hash('a') },
    { name: 'Dorte', list: 'absent', photo: hash('d') },
    { name: 'Bo', list: 'absent', photo: undefined },
    { name: 'Carl', list: 'present', photo: undefined },
  ] as const)('shows the photo of $name only with consent', ({ name, list, photo }) => {
    const person = minutes[list].find((p) => p.name === name)!;
    expect(person.photo).toBe(photo);
  });

  it('skips breaks and numbers the items without gaps, in agenda order', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Velkommen'],
      [2, 'Sommertur'],
      [3, 'Mad'],
    ]);
  });

  it('keeps pictures and details of items', () => {
    expect(minutes.items[0]!.details).toBe('Vi siger hej.');
    expect(minutes.items[1]!.picture).toEqual({ type: 'pictogram', id: 'trip' });
    expect(minutes.items[2]).not.toHaveProperty('picture');
  });

  it('includes only closed votes, with their result', () => {
    const votes = minutes.items[1]!.votes;
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      voteId: closedVote.id,
      question: 'Skal vi til stranden?',
      kind: 'yes-no',
      result: { kind: 'shown', count: { counts: { yes: 2, no: 1, 'dont-know': 0 }, ballotCount: 3, leaders: ['yes'] } },
      decided: { kind: 'winner', optionId: 'yes' },
    });
  });

  it('puts decisions under their item with the responsible member by name', () => {
    expect(minutes.items[1]!.decisions).toEqual([
      { decisionId: beach.id, text: beach.text, responsibleName: 'Carl', dueDate: '2025-06-01' },
    ]);
    expect(minutes.items[2]!.decisions).toEqual([
      { decisionId: pizza.id, text: pizza.text, picture: { type: 'pictogram', id: 'pizza' } },
      { decisionId: nobody.id, text: nobody.text },
    ]);
    expect(minutes.decisionCount).toBe(3);
  });

  it('gives an empty list when nothing happened yet', () => {
    const empty = generateMinutes({ ...input, items: [], attendance: [], decisions: [], votes: [], ballots: [] });
    expect(empty.items).toEqual([]);
    expect(empty.present).toEqual([]);
    expect(empty.absent.map((p) => p.name)).toEqual(['Anna', 'Bo', 'Carl', 'Dorte']);
    expect(empty.decisionCount).toBe(0);
  });
});

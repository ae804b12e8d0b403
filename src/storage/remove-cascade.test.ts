import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { RaadetDatabase, setDatabase } from './database';
import { startEvaluation } from './evaluation-store';
import { removeWithContent } from './remove-cascade';
import {
  agendaItems,
  attendance,
  ballots,
  candidates,
  councils,
  decisions,
  elections,
  evaluations,
  facilities,
  hasVoted,
  meetings,
  members,
  pictogramUsage,
  votes,
} from './repositories';

let db: RaadetDatabase;
beforeEach(async () => {
  db = new RaadetDatabase(`test-${crypto.randomUUID()}`);
  setDatabase(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function givenCouncilWithMeeting() {
  const facility = await facilities.save({ id: newId(), name: 'Solhjem', kind: 'residential' });
  const council = await councils.save({
    id: newId(),
    facilityId: facility.id,
    name: 'Brugerrådet',
    kind: 'user-council',
    meetingsPerYear: 4,
  });
  const anna = await members.save({
    id: newId(),
    councilId: council.id,
    displayName: 'Anna',
    role: 'resident',
    photoConsent: false,
  });
  const meeting = await meetings.save({
    id: newId(),
    councilId: council.id,
    title: 'Forårsmøde',
    startsAt: '2026-04-14T12:00:00.000Z',
    endsAt: '2026-04-14T13:30:00.000Z',
    isOpen: false,
    status: 'held',
  });
  const item = await agendaItems.save({
    id: newId(),
    meetingId: meeting.id,
    kind: 'vote',
    title: 'Sommerturen',
    plannedMinutes: 10,
    order: 1,
  });
  const vote = await votes.save({
    id: newId(),
    meetingId: meeting.id,
    agendaItemId: item.id,
    question: 'Tivoli?',
    kind: 'yes-no',
    mode: 'open',
    status: 'closed',
  });
  await ballots.save({ id: newId(), voteId: vote.id, choice: 'yes' });
  await hasVoted.save({ id: newId(), voteId: vote.id, memberId: anna.id, assisted: false });
  await decisions.save({
    id: newId(),
    meetingId: meeting.id,
    agendaItemId: item.id,
    text: 'Vi tager til Tivoli',
    followUp: 'not-started',
  });
  await attendance.save({ id: newId(), meetingId: meeting.id, memberId: anna.id, present: true });
  await startEvaluation(meeting.id, 3);
  return { council, anna, meeting, vote };
}

describe('removeWithContent of a meeting', () => {
  it('removes the meeting and everything that belongs to it, and leaves the council and its members', async () => {
    const { council, anna, meeting, vote } = await givenCouncilWithMeeting();
    await removeWithContent('meetings', meeting.id);
    expect(await meetings.get(meeting.id)).toBeUndefined();
    expect(await agendaItems.where('meetingId', meeting.id)).toEqual([]);
    expect(await votes.where('meetingId', meeting.id)).toEqual([]);
    expect(await ballots.where('voteId', vote.id)).toEqual([]);
    expect(await hasVoted.where('voteId', vote.id)).toEqual([]);
    expect(await decisions.where('meetingId', meeting.id)).toEqual([]);
    expect(await attendance.where('meetingId', meeting.id)).toEqual([]);
    expect(await evaluations.where('meetingId', meeting.id)).toEqual([]);
    expect(await councils.get(council.id)).toBeDefined();
    expect(await members.get(anna.id)).toBeDefined();
  });
});

describe('removeWithContent of a council', () => {
  it('removes the council with its meetings, members and elections', async () => {
    const { council, anna, meeting } = await givenCouncilWithMeeting();
    const election = await elections.save({
      id: newId(),
      councilId: council.id,
      title: 'Valg',
      heldOn: '2026-05-01',
      seats: 3,
      substitutes: 1,
      voters: 'residents',
      status: 'preparing',
    });
    await candidates.save({ id: newId(), electionId: election.id, memberId: anna.id });
    await hasVoted.save({ id: newId(), voteId: election.id, memberId: anna.id, assisted: false });
    await removeWithContent('councils', council.id);
    expect(await councils.get(council.id)).toBeUndefined();
    expect(await meetings.get(meeting.id)).toBeUndefined();
    expect(await agendaItems.where('meetingId', meeting.id)).toEqual([]);
    expect(await members.where('councilId', council.id)).toEqual([]);
    expect(await elections.where('councilId', council.id)).toEqual([]);
    expect(await candidates.where('electionId', election.id)).toEqual([]);
    expect(await hasVoted.where('voteId', election.id)).toEqual([]);
  });
});

describe('removeWithContent of a facility', () => {
  it('removes the facility with its councils, their content and its symbol use', async () => {
    const { council, anna, meeting } = await givenCouncilWithMeeting();
    const facilityId = (await councils.get(council.id))!.facilityId;
    await pictogramUsage.save({
      id: newId(),
      facilityId,
      pictogramId: 'om-1f600',
      label: { da: 'Glad', en: 'Happy' },
      favourite: true,
      useCount: 2,
    });
    await removeWithContent('facilities', facilityId);
    expect(await facilities.get(facilityId)).toBeUndefined();
    expect(await councils.get(council.id)).toBeUndefined();
    expect(await members.get(anna.id)).toBeUndefined();
    expect(await meetings.get(meeting.id)).toBeUndefined();
    expect(await pictogramUsage.where('facilityId', facilityId)).toEqual([]);
  });

  it('deletes children before their parents, so a stop half-way never leaves an orphan', async () => {
    const { council } = await givenCouncilWithMeeting();
    const facilityId = (await councils.get(council.id))!.facilityId;
    await removeWithContent('facilities', facilityId);
    const deletedAt = new Map<string, string>();
    for (const table of db.tables.filter((t) => t.name !== 'outbox' && t.name !== 'meta')) {
      for (const row of (await table.toArray()) as {
        id?: string;
        _deleted?: number;
        _stamps?: Record<string, string>;
      }[]) {
        if (row._deleted === 1 && row.id) deletedAt.set(row.id, row._stamps!._deleted!);
      }
    }
    const rows = (await db.table('councils').toArray()) as { id: string; facilityId: string }[];
    const meetingRows = (await db.table('meetings').toArray()) as { id: string; councilId: string }[];
    const itemRows = (await db.table('agendaItems').toArray()) as { id: string; meetingId: string }[];
    for (const c of rows) expect(deletedAt.get(c.id)! < deletedAt.get(c.facilityId)!).toBe(true);
    for (const m of meetingRows) expect(deletedAt.get(m.id)! < deletedAt.get(m.councilId)!).toBe(true);
    for (const i of itemRows) expect(deletedAt.get(i.id)! < deletedAt.get(i.meetingId)!).toBe(true);
  });
});

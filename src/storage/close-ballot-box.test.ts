// Closing a secret ballot box writes its tally onto the synced record in the same write as the
// status, so a device that never had the ballots shows the same result.
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { naturalKeyId } from '../domain/natural-key-id';
import type { Vote } from '../domain/vote';
import { visibleResult } from '../domain/vote-tally';
import { freshDatabase } from '../testing/render';
import { openSecondDevice } from '../testing/second-device';
import { seedCouncil, seedMeeting } from '../testing/seed';
import { castOpenBallot, castSecretBallot } from './ballot-box';
import { closeElection, closeVote } from './close-ballot-box';
import type { RaadetDatabase } from './database';
import { candidates, elections, hasVoted, members, votes } from './repositories';

let db: RaadetDatabase;
let councilId: string;
let meetingId: string;
let people: string[];
beforeEach(async () => {
  db = freshDatabase();
  await db.open();
  councilId = (await seedCouncil()).id;
  meetingId = (await seedMeeting(councilId, { status: 'in-progress' })).id;
  people = [];
  for (const displayName of ['Anna', 'Bo', 'Camilla', 'Dennis', 'Emma']) {
    people.push(
      (await members.save({ id: newId(), councilId, displayName, role: 'resident', photoConsent: false })).id,
    );
  }
});

const options = ['beach', 'zoo', 'bowling'].map((id) => ({
  id,
  label: id,
  picture: { type: 'pictogram' as const, id: 'idea' },
}));

function secretVote(overrides: Partial<Vote> = {}): Promise<Vote> {
  return votes.save({
    id: newId(),
    meetingId,
    agendaItemId: newId(),
    question: 'Hvor skal vi hen?',
    kind: 'choose-one',
    mode: 'secret',
    status: 'open',
    options,
    ...overrides,
  });
}

/** Casts one secret ballot per pick, by Anna, Bo, … in turn; the first `assisted` were helped. */
async function cast(boxId: string, picks: string[], assisted = 0) {
  for (const [i, pick] of picks.entries()) {
    const outcome = await castSecretBallot({ boxId, memberId: people[i]!, picked: [pick], assisted: i < assisted });
    expect(outcome).toEqual({ ok: true });
  }
}

const rawVote = (id: string) => db.votes.get(id);

describe('closing a secret vote', () => {
  it('stores the tally on the vote record in the same write as the status', async () => {
    const vote = await secretVote();
    await cast(vote.id, ['zoo', 'zoo', 'beach'], 1);
    const outboxBefore = await db.outbox.count();

    const closed = await closeVote(vote.id);

    expect(closed).toMatchObject({
      status: 'closed',
      tally: { counts: { beach: 1, zoo: 2, bowling: 0 }, ballotCount: 3, assistedCount: 1 },
    });
    const row = await rawVote(vote.id);
    expect(row).toMatchObject({ status: 'closed', tally: closed.tally });
    // One write: status and tally carry the same stamp and one outbox entry, so a sync can
    // never carry one without the other.
    expect(row!._stamps.tally).toBe(row!._stamps.status);
    expect(await db.outbox.count()).toBe(outboxBefore + 1);
    // The ballots stay on this tablet and out of the outbox.
    expect(await db.secretBallots.where('voteId').equals(vote.id).count()).toBe(3);
    expect((await db.outbox.toArray()).some((o) => o.table === ('secretBallots' as string))).toBe(false);
  });

  it.each([0, 1, 2])('stores no split under 3 ballots (%i), only how many voted', async (n) => {
    const vote = await secretVote();
    await cast(vote.id, ['zoo', 'beach'].slice(0, n), n);
    await closeVote(vote.id);
    const row = await rawVote(vote.id);
    expect(row!.status).toBe('closed');
    if (n === 0) {
      // No ballots here: nothing to count, so nothing that could outvote a real tally.
      expect(row!.tally).toBeUndefined();
    } else {
      expect(row!.tally).toEqual({ ballotCount: n, assistedCount: n });
      expect(Object.keys(row!.tally!)).not.toContain('counts');
    }
  });

  it('does not change or double the tally when closed again, even by two taps at once', async () => {
    const vote = await secretVote();
    await cast(vote.id, ['zoo', 'zoo', 'beach', 'bowling']);
    await Promise.all([closeVote(vote.id), closeVote(vote.id)]);
    const once = await rawVote(vote.id);
    expect(once!.tally).toEqual({ counts: { beach: 1, zoo: 2, bowling: 1 }, ballotCount: 4, assistedCount: 0 });
    const outbox = await db.outbox.count();
    await closeVote(vote.id);
    expect(await rawVote(vote.id)).toEqual(once);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('shows the result on a second device that has none of the ballots', async () => {
    const vote = await secretVote();
    await cast(vote.id, ['zoo', 'zoo', 'beach']);
    await closeVote(vote.id);

    const second = await openSecondDevice();
    expect(await second.secretBallots.count()).toBe(0);
    const copy = await votes.get(vote.id);
    expect(visibleResult(copy!, [])).toMatchObject({
      kind: 'shown',
      count: { counts: { zoo: 2, beach: 1 }, ballotCount: 3, leaders: ['zoo'] },
    });
  });

  it('writes no tally from a device that lacks some of the ballots', async () => {
    const vote = await secretVote();
    // Two people voted on another tablet: their "has voted" rows synced here, the ballots did not.
    await hasVoted.save({
      id: naturalKeyId('hasVoted', { voteId: vote.id, memberId: people[3]! }),
      voteId: vote.id,
      memberId: people[3]!,
      assisted: false,
    });
    await hasVoted.save({
      id: naturalKeyId('hasVoted', { voteId: vote.id, memberId: people[4]! }),
      voteId: vote.id,
      memberId: people[4]!,
      assisted: false,
    });
    await cast(vote.id, ['zoo']);
    const closed = await closeVote(vote.id);
    expect(closed.status).toBe('closed');
    expect(closed.tally).toBeUndefined();
  });

  it('adds the tally when the tablet with the ballots closes a vote another device already closed', async () => {
    const vote = await secretVote();
    await cast(vote.id, ['zoo', 'beach', 'zoo']);
    // The close from a device without the ballots arrived first.
    await votes.update(vote.id, { status: 'closed' });
    const closed = await closeVote(vote.id);
    expect(closed.tally).toEqual({ counts: { beach: 1, zoo: 2, bowling: 0 }, ballotCount: 3, assistedCount: 0 });
  });

  it('only closes a show of hands and a hand count: their counts are synced already', async () => {
    const open = await secretVote({ mode: 'open', unnamedHands: true });
    expect(await castOpenBallot(open.id, undefined, ['zoo'])).toEqual({ ok: true });
    const hands = await secretVote({ mode: 'hand-count', handCounts: { zoo: 4 } });
    for (const vote of [open, hands]) {
      const closed = await closeVote(vote.id);
      expect(closed.status).toBe('closed');
      expect(closed.tally).toBeUndefined();
    }
  });
});

describe('closing an election ballot', () => {
  async function votingElection() {
    const election = await elections.save({
      id: newId(),
      councilId,
      title: 'Valg 2026',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 1,
      voters: 'residents',
      status: 'voting',
    });
    const [anna, bo] = [
      await candidates.save({
        id: naturalKeyId('candidates', { electionId: election.id, memberId: people[0]! }),
        electionId: election.id,
        memberId: people[0]!,
      }),
      await candidates.save({
        id: naturalKeyId('candidates', { electionId: election.id, memberId: people[1]! }),
        electionId: election.id,
        memberId: people[1]!,
      }),
    ];
    return { election, anna: anna.id, bo: bo.id };
  }

  it('stores the votes per candidate on the election as it is counted, once', async () => {
    const { election, anna, bo } = await votingElection();
    await cast(election.id, [anna, anna, bo], 2);
    const closed = await closeElection(election.id);
    expect(closed).toMatchObject({
      status: 'counted',
      tally: { counts: { [anna]: 2, [bo]: 1 }, ballotCount: 3, assistedCount: 2 },
    });
    const row = await db.elections.get(election.id);
    expect(row!._stamps.tally).toBe(row!._stamps.status);
    await closeElection(election.id);
    expect(await db.elections.get(election.id)).toEqual(row);

    await openSecondDevice();
    expect((await elections.get(election.id))?.tally).toEqual(closed.tally);
  });

  it('keeps the counts with the right people when a copy renames candidates from before natural-key ids', async () => {
    const election = await elections.save({
      id: newId(),
      councilId,
      title: 'Valg 2026',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 1,
      voters: 'residents',
      status: 'voting',
    });
    // Random ids, as candidates got before schema version 6.
    const anna = (await candidates.save({ id: newId(), electionId: election.id, memberId: people[0]! })).id;
    const bo = (await candidates.save({ id: newId(), electionId: election.id, memberId: people[1]! })).id;
    await cast(election.id, [anna, anna, bo]);
    await closeElection(election.id);

    await openSecondDevice();
    const derived = (memberId: string) => naturalKeyId('candidates', { electionId: election.id, memberId });
    expect((await elections.get(election.id))?.tally?.counts).toEqual({
      [derived(people[0]!)]: 2,
      [derived(people[1]!)]: 1,
    });
  });

  it('stores only how many voted under 3 ballots', async () => {
    const { election, anna, bo } = await votingElection();
    await cast(election.id, [anna, bo]);
    expect((await closeElection(election.id)).tally).toEqual({ ballotCount: 2, assistedCount: 0 });
  });
});

// Secrecy that holds in the data: these tests read IndexedDB directly, not through Dexie.
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import type { Vote } from '../domain/vote';
import { freshDatabase } from '../testing/render';
import { castOpenBallot, castSecretBallot } from './ballot-box';
import type { RaadetDatabase } from './database';
import { ballots, candidates, elections, hasVoted, votes } from './repositories';

let db: RaadetDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.open();
});

function rawRows(store: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => {
      const idb = request.result;
      const read = idb.transaction(store, 'readonly').objectStore(store).getAll();
      read.onsuccess = () => {
        idb.close();
        resolve(read.result as Record<string, unknown>[]);
      };
      read.onerror = () => reject(read.error);
    };
    request.onerror = () => reject(request.error);
  });
}

async function secretVote(overrides: Partial<Vote> = {}): Promise<Vote> {
  return votes.save({
    id: newId(),
    meetingId: newId(),
    agendaItemId: newId(),
    question: 'Hvor skal vi hen?',
    kind: 'choose-one',
    mode: 'secret',
    status: 'open',
    options: [
      { id: 'beach', label: 'Stranden', picture: { type: 'pictogram', id: 'swimming' } },
      { id: 'zoo', label: 'Zoo', picture: { type: 'pictogram', id: 'pet' } },
    ],
    ...overrides,
  });
}

describe('secret ballot box', () => {
  it('stores a secret ballot as exactly {id, voteId, choice}, with no member, time or order', async () => {
    const vote = await secretVote();
    const anna = newId();
    const bo = newId();
    expect(await castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['zoo'], assisted: false })).toEqual({ ok: true });
    expect(await castSecretBallot({ boxId: vote.id, memberId: bo, picked: ['beach'], assisted: true })).toEqual({ ok: true });

    const rows = await rawRows('secretBallots');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['choice', 'id', 'voteId']);
      expect(row.voteId).toBe(vote.id);
      expect(JSON.stringify(row)).not.toContain(anna);
      expect(JSON.stringify(row)).not.toContain(bo);
    }
    expect(rows.map((r) => r.choice).sort()).toEqual(['beach', 'zoo']);
    // Nothing about a secret ballot goes to the outbox (only the has-voted rows do).
    const outbox = await rawRows('outbox');
    expect(outbox.map((o) => o.table).sort()).toEqual(['hasVoted', 'hasVoted', 'votes']);
  });

  it('records who voted, and who was helped, apart from the ballots and without the choice', async () => {
    const vote = await secretVote();
    const anna = newId();
    await castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['zoo'], assisted: true });
    const rows = await rawRows('hasVoted');
    expect(rows).toHaveLength(1);
    const { _stamps, _changed, _deleted, ...row } = rows[0]!;
    void _stamps;
    void _changed;
    void _deleted;
    expect(Object.keys(row).sort()).toEqual(['assisted', 'id', 'memberId', 'voteId']);
    expect(row).toMatchObject({ voteId: vote.id, memberId: anna, assisted: true });
    expect(JSON.stringify(rows[0])).not.toContain('zoo');
  });

  it('stores choose-up-to picks as a sorted list of choices', async () => {
    const vote = await secretVote({
      kind: 'choose-up-to',
      maxChoices: 2,
      options: ['c', 'a', 'b'].map((id) => ({ id, label: id, picture: { type: 'pictogram' as const, id: 'idea' } })),
    });
    await castSecretBallot({ boxId: vote.id, memberId: newId(), picked: ['c', 'a'], assisted: false });
    const [row] = await rawRows('secretBallots');
    expect(Object.keys(row!).sort()).toEqual(['choices', 'id', 'voteId']);
    expect(row!.choices).toEqual(['a', 'c']);
  });

  it('refuses a second vote from the same member and keeps one ballot', async () => {
    const vote = await secretVote();
    const anna = newId();
    await castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['zoo'], assisted: false });
    expect(await castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['beach'], assisted: false })).toEqual({
      ok: false,
      reason: 'already-voted',
    });
    expect(await rawRows('secretBallots')).toHaveLength(1);
    expect(await rawRows('hasVoted')).toHaveLength(1);
  });

  it('refuses two racing taps from the same member: only one ballot is stored', async () => {
    const vote = await secretVote();
    const anna = newId();
    const outcomes = await Promise.all([
      castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['zoo'], assisted: false }),
      castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['beach'], assisted: false }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await rawRows('secretBallots')).toHaveLength(1);
  });

  it.each([
    { name: 'a closed vote', setup: { status: 'closed' as const }, picked: ['zoo'], reason: 'vote-closed' },
    { name: 'an open (show of hands) vote', setup: { mode: 'open' as const }, picked: ['zoo'], reason: 'wrong-mode' },
    { name: 'an unknown option', setup: {}, picked: ['moon'], reason: 'invalid-choice' },
    { name: 'two picks in a choose-one vote', setup: {}, picked: ['zoo', 'beach'], reason: 'too-many' },
  ])('stores nothing for $name', async ({ setup, picked, reason }) => {
    const vote = await secretVote(setup);
    expect(await castSecretBallot({ boxId: vote.id, memberId: newId(), picked, assisted: false })).toEqual({ ok: false, reason });
    expect(await rawRows('secretBallots')).toHaveLength(0);
    expect(await rawRows('hasVoted')).toHaveLength(0);
  });

  it('offers no way to change or delete a secret ballot', async () => {
    const box = await import('./ballot-box');
    const repositories = await import('./repositories');
    expect(Object.keys(box).filter((k) => /update|remove|delete|undo/i.test(k))).toEqual([]);
    expect(Object.keys(repositories)).not.toContain('secretBallots');
  });

  it('takes election ballots only while the election is voting, for its own candidates', async () => {
    const councilId = newId();
    const election = await elections.save({ id: newId(), councilId, title: 'Valg 2026', heldOn: '2026-04-14', seats: 1, substitutes: 0, voters: 'residents', status: 'preparing' });
    const c = await candidates.save({ id: newId(), electionId: election.id, memberId: newId() });
    expect(await castSecretBallot({ boxId: election.id, memberId: newId(), picked: [c.id], assisted: false })).toEqual({ ok: false, reason: 'vote-closed' });
    await elections.update(election.id, { status: 'voting' });
    expect(await castSecretBallot({ boxId: election.id, memberId: newId(), picked: [c.id], assisted: false })).toEqual({ ok: true });
    expect(await castSecretBallot({ boxId: election.id, memberId: newId(), picked: [newId()], assisted: false })).toEqual({ ok: false, reason: 'invalid-choice' });
    expect((await hasVoted.where('voteId', election.id)).length).toBe(1);
  });
});

describe('open ballots', () => {
  it('links an open ballot to the member and allows one per member', async () => {
    const vote = await votes.save({ id: newId(), meetingId: newId(), agendaItemId: newId(), question: 'Tivoli?', kind: 'yes-no', mode: 'open', status: 'open' });
    const anna = newId();
    expect(await castOpenBallot(vote.id, anna, ['yes'])).toEqual({ ok: true });
    expect(await castOpenBallot(vote.id, anna, ['no'])).toEqual({ ok: false, reason: 'already-voted' });
    const stored = await ballots.where('voteId', vote.id);
    expect(stored).toEqual([{ id: stored[0]!.id, voteId: vote.id, memberId: anna, choice: 'yes' }]);
  });
});

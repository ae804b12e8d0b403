// Secrecy that holds in the data: these tests read IndexedDB directly, not through Dexie.
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { naturalKeyId } from '../domain/natural-key-id';
import type { Vote } from '../domain/vote';
import { freshDatabase } from '../testing/render';
import { seedCouncil, seedMeeting } from '../testing/seed';
import { castOpenBallot, castSecretBallot } from './ballot-box';
import type { RaadetDatabase } from './database';
import { attendance, ballots, candidates, councils, elections, hasVoted, members, votes } from './repositories';

let db: RaadetDatabase;
/** Member ids by name: residents Anna, Bo, Camilla, Dennis, Emma; Gitte represents Bo; Hans is a relative; Mette is staff. */
let people: Record<string, string>;
let councilId: string;
let meetingId: string;
beforeEach(async () => {
  db = freshDatabase();
  await db.open();
  const council = await seedCouncil();
  councilId = council.id;
  meetingId = (await seedMeeting(council.id, { status: 'in-progress' })).id;
  people = {};
  const add = async (displayName: string, role: 'resident' | 'relative' | 'staff', representsMemberId?: string) => {
    const id = newId();
    await members.save({
      id,
      councilId,
      displayName,
      role,
      photoConsent: false,
      ...(representsMemberId ? { representsMemberId } : {}),
    });
    people[displayName] = id;
  };
  for (const name of ['Anna', 'Bo', 'Camilla', 'Dennis', 'Emma']) await add(name, 'resident');
  await add('Gitte', 'relative', people.Bo);
  await add('Hans', 'relative');
  await add('Mette', 'staff');
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
    meetingId,
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
    const anna = people.Anna!;
    const bo = people.Camilla!;
    expect(await castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['zoo'], assisted: false })).toEqual({
      ok: true,
    });
    expect(await castSecretBallot({ boxId: vote.id, memberId: bo, picked: ['beach'], assisted: true })).toEqual({
      ok: true,
    });

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
    expect(
      outbox
        .map((o) => o.table)
        .filter((table) => ['hasVoted', 'votes', 'secretBallots'].includes(table as string))
        .sort(),
    ).toEqual(['hasVoted', 'hasVoted', 'votes']);
  });

  it('records who voted, and who was helped, apart from the ballots and without the choice', async () => {
    const vote = await secretVote();
    const anna = people.Anna!;
    await castSecretBallot({ boxId: vote.id, memberId: anna, picked: ['zoo'], assisted: true });
    const rows = await rawRows('hasVoted');
    expect(rows).toHaveLength(1);
    const { _stamps, _changed, _deleted, ...row } = rows[0]!;
    void _stamps;
    void _changed;
    void _deleted;
    expect(Object.keys(row).sort()).toEqual(['assisted', 'id', 'memberId', 'voteId']);
    expect(row).toMatchObject({ voteId: vote.id, memberId: anna, assisted: true });
    // Derived from vote and member, so the same fact on two tablets is one record.
    expect(row.id).toBe(naturalKeyId('hasVoted', { voteId: vote.id, memberId: anna }));
    expect(JSON.stringify(rows[0])).not.toContain('zoo');
  });

  it('stores choose-up-to picks as a sorted list of choices', async () => {
    const vote = await secretVote({
      kind: 'choose-up-to',
      maxChoices: 2,
      options: ['c', 'a', 'b'].map((id) => ({ id, label: id, picture: { type: 'pictogram' as const, id: 'idea' } })),
    });
    await castSecretBallot({ boxId: vote.id, memberId: people.Anna!, picked: ['c', 'a'], assisted: false });
    const [row] = await rawRows('secretBallots');
    expect(Object.keys(row!).sort()).toEqual(['choices', 'id', 'voteId']);
    expect(row!.choices).toEqual(['a', 'c']);
  });

  it('refuses a second vote from the same member and keeps one ballot', async () => {
    const vote = await secretVote();
    const anna = people.Anna!;
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
    const anna = people.Anna!;
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
    expect(await castSecretBallot({ boxId: vote.id, memberId: people.Anna!, picked, assisted: false })).toEqual({
      ok: false,
      reason,
    });
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
    const election = await elections.save({
      id: newId(),
      councilId,
      title: 'Valg 2026',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 0,
      voters: 'residents',
      status: 'preparing',
    });
    const c = await candidates.save({ id: newId(), electionId: election.id, memberId: people.Anna! });
    expect(
      await castSecretBallot({ boxId: election.id, memberId: people.Anna!, picked: [c.id], assisted: false }),
    ).toEqual({ ok: false, reason: 'vote-closed' });
    await elections.update(election.id, { status: 'voting' });
    expect(
      await castSecretBallot({ boxId: election.id, memberId: people.Anna!, picked: [c.id], assisted: false }),
    ).toEqual({ ok: true });
    expect(
      await castSecretBallot({ boxId: election.id, memberId: people.Camilla!, picked: [newId()], assisted: false }),
    ).toEqual({ ok: false, reason: 'invalid-choice' });
    expect((await hasVoted.where('voteId', election.id)).length).toBe(1);
  });
});

describe('who may vote, checked in the write transaction', () => {
  it.each([
    { rule: undefined, name: 'Bo', outcome: { ok: false, reason: 'not-eligible' } },
    { rule: undefined, name: 'Gitte', outcome: { ok: true } },
    { rule: undefined, name: 'Hans', outcome: { ok: false, reason: 'not-eligible' } },
    { rule: 'residents-and-relatives', name: 'Hans', outcome: { ok: true } },
    { rule: 'residents-and-relatives', name: 'Bo', outcome: { ok: false, reason: 'not-eligible' } },
    { rule: 'residents-and-relatives', name: 'Mette', outcome: { ok: false, reason: 'not-eligible' } },
  ] as const)('secret ballot, rule $rule: $name → $outcome.ok', async ({ rule, name, outcome }) => {
    if (rule) await councils.update(councilId, { voterRule: rule });
    const vote = await secretVote();
    expect(
      await castSecretBallot({ boxId: vote.id, memberId: people[name]!, picked: ['zoo'], assisted: false }),
    ).toEqual(outcome);
  });

  it('gives the household one vote: after Gitte votes for Bo, a ballot in Bo’s name is refused', async () => {
    const vote = await secretVote();
    expect(
      await castSecretBallot({ boxId: vote.id, memberId: people.Gitte!, picked: ['zoo'], assisted: false }),
    ).toEqual({ ok: true });
    expect(
      await castSecretBallot({ boxId: vote.id, memberId: people.Bo!, picked: ['zoo'], assisted: false }),
    ).toMatchObject({ ok: false });
    expect(await rawRows('secretBallots')).toHaveLength(1);
  });

  it('reads the rule stored under its old name (electionVoters)', async () => {
    await councils.update(councilId, { electionVoters: 'residents-and-relatives' });
    const vote = await secretVote();
    expect(
      await castSecretBallot({ boxId: vote.id, memberId: people.Hans!, picked: ['zoo'], assisted: false }),
    ).toEqual({ ok: true });
  });

  it('lets all residents of the facility vote in an election opened to them, and no one else', async () => {
    const council = await councils.get(councilId);
    const other = await councils.save({
      id: newId(),
      facilityId: council!.facilityId,
      name: 'Dagtilbuddet',
      kind: 'user-council',
      meetingsPerYear: 4,
    });
    const ida = await members.save({
      id: newId(),
      councilId: other.id,
      displayName: 'Ida',
      role: 'resident',
      photoConsent: false,
    });
    const elsewhere = await seedCouncil({ facilityName: 'Andet sted' });
    const ole = await members.save({
      id: newId(),
      councilId: elsewhere.id,
      displayName: 'Ole',
      role: 'resident',
      photoConsent: false,
    });
    const make = (scope: 'council' | 'facility') =>
      elections.save({
        id: newId(),
        councilId,
        title: 'Valg',
        heldOn: '2026-04-14',
        seats: 1,
        substitutes: 0,
        voters: 'residents',
        scope,
        status: 'voting',
      });
    for (const [scope, idaVotes] of [
      ['council', false],
      ['facility', true],
    ] as const) {
      const election = await make(scope);
      const c = await candidates.save({ id: newId(), electionId: election.id, memberId: people.Anna! });
      expect(
        (await castSecretBallot({ boxId: election.id, memberId: ida.id, picked: [c.id], assisted: false })).ok,
      ).toBe(idaVotes);
      expect(await castSecretBallot({ boxId: election.id, memberId: ole.id, picked: [c.id], assisted: false })).toEqual(
        { ok: false, reason: 'not-eligible' },
      );
    }
  });
});

describe('open ballots', () => {
  it('links an open ballot to the member and allows one per member', async () => {
    const vote = await openVote();
    const anna = people.Anna!;
    expect(await castOpenBallot(vote.id, anna, ['yes'])).toEqual({ ok: true });
    expect(await castOpenBallot(vote.id, anna, ['no'])).toEqual({ ok: false, reason: 'already-voted' });
    const stored = await ballots.where('voteId', vote.id);
    expect(stored).toEqual([{ id: stored[0]!.id, voteId: vote.id, memberId: anna, choice: 'yes' }]);
  });

  it('refuses a ballot without a name unless staff chose counting hands without names', async () => {
    const vote = await openVote();
    expect(await castOpenBallot(vote.id, undefined, ['yes'])).toEqual({ ok: false, reason: 'unnamed-off' });
    await votes.update(vote.id, { unnamedHands: true });
    expect(await castOpenBallot(vote.id, undefined, ['yes'])).toEqual({ ok: true });
  });

  it('never holds more votes than the people who can vote, whatever is tapped', async () => {
    const vote = await openVote({ unnamedHands: true });
    // 5 households can vote: Anna, Gitte (for Bo), Camilla, Dennis, Emma.
    const taps = [
      undefined,
      'Anna',
      'Anna',
      'Bo',
      'Gitte',
      'Gitte',
      undefined,
      'Camilla',
      'Mette',
      'Hans',
      'Dennis',
      'Emma',
      undefined,
    ];
    const outcomes = [];
    for (const name of taps) outcomes.push(await castOpenBallot(vote.id, name ? people[name] : undefined, ['yes']));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(await ballots.where('voteId', vote.id)).toHaveLength(5);
  });

  it('counts a double tap once, even when both taps race', async () => {
    const vote = await openVote();
    const outcomes = await Promise.all([
      castOpenBallot(vote.id, people.Anna, ['yes']),
      castOpenBallot(vote.id, people.Anna, ['yes']),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await ballots.where('voteId', vote.id)).toHaveLength(1);
  });

  it('caps hands without names at those present once attendance is taken', async () => {
    const vote = await openVote({ unnamedHands: true });
    for (const name of ['Anna', 'Camilla'])
      await attendance.save({ id: newId(), meetingId, memberId: people[name]!, present: true });
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await castOpenBallot(vote.id, undefined, ['no']));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, false]);
    expect(outcomes[2]).toEqual({ ok: false, reason: 'all-counted' });
  });
});

function openVote(overrides: Partial<Vote> = {}): Promise<Vote> {
  return votes.save({
    id: newId(),
    meetingId,
    agendaItemId: newId(),
    question: 'Tivoli?',
    kind: 'yes-no',
    mode: 'open',
    status: 'open',
    ...overrides,
  });
}

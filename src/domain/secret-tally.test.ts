// The tally a closed secret vote keeps on its synced record: valid by the schema, private by
// construction (no split under 3 ballots), and what every device shows instead of the ballots.
import { describe, expect, it } from 'vitest';
import { electionSchema } from './election';
import { voteSchema, type SecretTally, type Vote } from './vote';
import { secretTallyOf, visibleResult, tallyVote } from './vote-tally';

const id = () => crypto.randomUUID();
const pic = { type: 'pictogram' as const, id: 'bus-trip' };
const options = [
  { id: 'beach', label: 'Stranden', picture: pic },
  { id: 'zoo', label: 'Zoo', picture: pic },
  { id: 'bowling', label: 'Bowling', picture: pic },
];

function secretVote(overrides: Partial<Vote> = {}): Record<string, unknown> {
  return {
    id: id(),
    meetingId: id(),
    agendaItemId: id(),
    question: 'Hvor skal vi hen?',
    kind: 'choose-one',
    mode: 'secret',
    status: 'closed',
    options,
    ...overrides,
  };
}
const picks = (...choices: string[]) => choices.map((choice) => ({ choice }));

describe('the tally on a vote record', () => {
  it('still reads a closed secret vote stored before tallies existed', () => {
    expect(voteSchema.safeParse(secretVote()).success).toBe(true);
  });

  it.each<{ name: string; vote: Partial<Vote>; tally: unknown; ok: boolean }>([
    {
      name: 'a full tally',
      vote: {},
      tally: { counts: { beach: 1, zoo: 2, bowling: 0 }, ballotCount: 3, assistedCount: 1 },
      ok: true,
    },
    { name: 'only how many voted, under 3 ballots', vote: {}, tally: { ballotCount: 2, assistedCount: 0 }, ok: true },
    { name: 'no ballots at all', vote: {}, tally: { ballotCount: 0, assistedCount: 0 }, ok: true },
    {
      name: 'a split of 2 ballots',
      vote: {},
      tally: { counts: { beach: 1, zoo: 1 }, ballotCount: 2, assistedCount: 0 },
      ok: false,
    },
    { name: 'no split of 3 ballots', vote: {}, tally: { ballotCount: 3, assistedCount: 0 }, ok: false },
    {
      name: 'an option the vote does not have',
      vote: {},
      tally: { counts: { beach: 2, moon: 1 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'counts that do not add up to the ballots',
      vote: {},
      tally: { counts: { beach: 2, zoo: 2 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'a negative count',
      vote: {},
      tally: { counts: { beach: 4, zoo: -1 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'a fraction',
      vote: {},
      tally: { counts: { beach: 1.5, zoo: 1.5 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'more helped than voted',
      vote: {},
      tally: { counts: { beach: 3 }, ballotCount: 3, assistedCount: 4 },
      ok: false,
    },
    {
      name: 'anything that could name a voter',
      vote: {},
      tally: { counts: { beach: 3 }, ballotCount: 3, assistedCount: 0, voters: [id()] },
      ok: false,
    },
    {
      name: 'a tally on a vote still open',
      vote: { status: 'open' },
      tally: { counts: { beach: 3 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'a tally on a show of hands',
      vote: { mode: 'open' },
      tally: { counts: { beach: 3 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'choose-up-to: up to two picks per ballot',
      vote: { kind: 'choose-up-to', maxChoices: 2 },
      tally: { counts: { beach: 3, zoo: 2, bowling: 1 }, ballotCount: 3, assistedCount: 0 },
      ok: true,
    },
    {
      name: 'choose-up-to: more picks than allowed',
      vote: { kind: 'choose-up-to', maxChoices: 2 },
      tally: { counts: { beach: 3, zoo: 3, bowling: 1 }, ballotCount: 3, assistedCount: 0 },
      ok: false,
    },
    {
      name: 'yes/no option ids',
      vote: { kind: 'yes-no', options: undefined },
      tally: { counts: { yes: 2, no: 1, 'dont-know': 0 }, ballotCount: 3, assistedCount: 0 },
      ok: true,
    },
  ])('$name → valid: $ok', ({ vote, tally, ok }) => {
    expect(voteSchema.safeParse(secretVote({ ...vote, tally: tally as SecretTally })).success).toBe(ok);
  });

  it('checks an election tally the same way: one candidate per ballot, only once closed', () => {
    const [a, b] = [id(), id()];
    const election = {
      id: id(),
      councilId: id(),
      title: 'Valg',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 0,
      status: 'counted',
    };
    const tally = { counts: { [a]: 2, [b]: 1 }, ballotCount: 3, assistedCount: 0 };
    expect(electionSchema.safeParse(election).success).toBe(true);
    expect(electionSchema.safeParse({ ...election, tally }).success).toBe(true);
    expect(electionSchema.safeParse({ ...election, tally: { ...tally, ballotCount: 2 } }).success).toBe(false);
    expect(
      electionSchema.safeParse({ ...election, tally: { counts: { [a]: 2 }, ballotCount: 2, assistedCount: 0 } })
        .success,
    ).toBe(false);
    expect(electionSchema.safeParse({ ...election, status: 'voting', tally }).success).toBe(false);
  });
});

describe('secretTallyOf', () => {
  const vote = voteSchema.parse(secretVote());

  it('stores counts per option, the number of ballots and how many were helped', () => {
    expect(secretTallyOf(vote, picks('zoo', 'zoo', 'beach'), 1)).toEqual({
      counts: { beach: 1, zoo: 2, bowling: 0 },
      ballotCount: 3,
      assistedCount: 1,
    });
  });

  it.each([0, 1, 2])('stores no split of %i ballots, only how many', (n) => {
    const tally = secretTallyOf(vote, picks(...['zoo', 'beach'].slice(0, n)), 0);
    expect(tally).toEqual({ ballotCount: n, assistedCount: 0 });
    expect('counts' in tally).toBe(false);
  });

  it('makes a tally the schema accepts', () => {
    for (const ballots of [picks('zoo'), picks('zoo', 'beach', 'bowling', 'zoo')]) {
      expect(voteSchema.safeParse({ ...vote, tally: secretTallyOf(vote, ballots, 0) }).success).toBe(true);
    }
  });
});

describe('visibleResult of a vote with a stored tally', () => {
  it('shows the stored tally, with no ballots on this device', () => {
    const vote = voteSchema.parse(
      secretVote({ tally: { counts: { beach: 1, zoo: 2, bowling: 0 }, ballotCount: 3, assistedCount: 0 } }),
    );
    expect(visibleResult(vote, [])).toEqual({ kind: 'shown', count: tallyVote(vote, picks('zoo', 'zoo', 'beach')) });
  });

  it('prefers the stored tally over ballots on this device', () => {
    const vote = voteSchema.parse(
      secretVote({ tally: { counts: { beach: 3, zoo: 0, bowling: 0 }, ballotCount: 3, assistedCount: 0 } }),
    );
    expect(visibleResult(vote, picks('zoo', 'zoo', 'zoo'))).toMatchObject({
      kind: 'shown',
      count: { leaders: ['beach'] },
    });
  });

  it('shows only how many voted when the tally has no split', () => {
    const vote = voteSchema.parse(secretVote({ tally: { ballotCount: 2, assistedCount: 0 } }));
    expect(visibleResult(vote, [])).toEqual({ kind: 'too-few', ballotCount: 2 });
  });

  it('shows a secret yes/no vote from its stored tally exactly as the same ballots counted openly', () => {
    const secret = voteSchema.parse(secretVote({ kind: 'yes-no', options: undefined }));
    const open = { ...secret, mode: 'open' as const };
    for (const ballots of [
      picks('yes', 'yes', 'no'),
      picks('no', 'dont-know', 'no', 'yes'),
      picks('yes', 'no', 'dont-know'),
    ]) {
      const stored = voteSchema.parse({ ...secret, tally: secretTallyOf(secret, ballots, 0) });
      expect(visibleResult(stored, [])).toEqual(visibleResult(open, ballots));
    }
  });
});

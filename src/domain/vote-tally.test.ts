import { describe, expect, it } from 'vitest';
import { canCast, type Vote, type YesNoChoice } from './vote';
import { tallyVote } from './vote-tally';

const ballots = (...choices: YesNoChoice[]) => choices.map((choice) => ({ choice }));
const yesNo = (list: readonly { choice: YesNoChoice }[]) => tallyVote({ kind: 'yes-no', mode: 'open' }, list);

// Yes/no is a vote kind like the others: one tally counts it.
describe('tallyVote on a yes/no vote', () => {
  it('reports no votes when nobody voted', () => {
    expect(yesNo([])).toEqual({
      optionIds: ['yes', 'no', 'dont-know'],
      counts: { yes: 0, no: 0, 'dont-know': 0 },
      ballotCount: 0,
      leaders: [],
      outcome: 'no-votes',
    });
  });

  it.each([
    { winner: 'yes', list: ballots('yes', 'yes', 'no', 'dont-know') },
    { winner: 'no', list: ballots('no', 'no', 'yes') },
    { winner: 'dont-know', list: ballots('dont-know', 'dont-know', 'dont-know', 'yes', 'no') },
  ] as const)('names $winner the winner when it has the most votes', ({ winner, list }) => {
    const tally = yesNo(list);
    expect(tally.outcome).toBe('winner');
    expect(tally.leaders).toEqual([winner]);
    expect(tally.ballotCount).toBe(list.length);
  });

  it.each([
    { name: 'yes and no', list: ballots('yes', 'no'), leaders: ['yes', 'no'] },
    {
      name: 'yes and dont-know',
      list: ballots('yes', 'dont-know', 'yes', 'dont-know', 'no'),
      leaders: ['yes', 'dont-know'],
    },
    { name: 'no and dont-know', list: ballots('no', 'dont-know'), leaders: ['no', 'dont-know'] },
    {
      name: 'all three',
      list: ballots('yes', 'no', 'dont-know', 'yes', 'no', 'dont-know'),
      leaders: ['yes', 'no', 'dont-know'],
    },
  ] as const)('reports a tie between $name', ({ list, leaders }) => {
    const tally = yesNo(list);
    expect(tally.outcome).toBe('tie');
    expect(tally.leaders).toEqual(leaders);
  });

  it('counts every choice', () => {
    expect(yesNo(ballots('yes', 'no', 'no', 'dont-know')).counts).toEqual({ yes: 1, no: 2, 'dont-know': 1 });
  });
});

describe('canCast', () => {
  const vote: Vote = {
    id: '00000000-0000-4000-8000-000000000010',
    meetingId: '00000000-0000-4000-8000-000000000001',
    agendaItemId: '00000000-0000-4000-8000-000000000003',
    question: 'Skal vi på tur?',
    kind: 'yes-no',
    mode: 'open',
    status: 'open',
  };

  it.each([
    { name: 'accepts a ballot for an open vote', v: vote, voteId: vote.id, expected: { ok: true } },
    {
      name: 'refuses a ballot for a closed vote',
      v: { ...vote, status: 'closed' as const },
      voteId: vote.id,
      expected: { ok: false, reason: 'vote-closed' },
    },
    {
      name: 'refuses a ballot for another vote',
      v: vote,
      voteId: '00000000-0000-4000-8000-000000000099',
      expected: { ok: false, reason: 'wrong-vote' },
    },
  ])('$name', ({ v, voteId, expected }) => {
    expect(canCast(v, { voteId })).toEqual(expected);
  });
});

// Votes of every kind and mode in the minutes; secrecy holds there too.
import { describe, expect, it } from 'vitest';
import { generateMinutes, type MinutesInput } from './minutes';
import type { Vote } from './vote';

const id = () => crypto.randomUUID();
const councilId = id();
const meetingId = id();
const itemId = id();
const base: Omit<MinutesInput, 'votes' | 'ballots'> = {
  council: { id: councilId, facilityId: id(), name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 },
  meeting: {
    id: meetingId,
    councilId,
    title: 'Møde',
    startsAt: '2026-04-14T10:00:00.000Z',
    endsAt: '2026-04-14T11:00:00.000Z',
    isOpen: false,
    status: 'held',
  },
  items: [{ id: itemId, meetingId, kind: 'vote', title: 'Sommertur', plannedMinutes: 10, order: 1 }],
  members: [],
  attendance: [],
  decisions: [],
};
const options = [
  { id: 'beach', label: 'Stranden', picture: { type: 'pictogram' as const, id: 'swimming' } },
  { id: 'zoo', label: 'Zoo', picture: { type: 'pictogram' as const, id: 'pet' } },
];
const vote = (extra: Partial<Vote>): Vote => ({
  id: id(),
  meetingId,
  agendaItemId: itemId,
  question: 'Hvor skal vi hen?',
  kind: 'choose-one',
  mode: 'secret',
  status: 'closed',
  options,
  ...extra,
});

describe('votes in the minutes', () => {
  it('counts a closed secret vote from its secret ballots', () => {
    const v = vote({});
    const secretBallots = ['zoo', 'zoo', 'beach'].map((choice) => ({ voteId: v.id, choice }));
    const [entry] = generateMinutes({ ...base, votes: [v], ballots: [], secretBallots }).items[0]!.votes;
    expect(entry).toMatchObject({
      kind: 'choose-one',
      mode: 'secret',
      options,
      decided: { kind: 'winner', optionId: 'zoo' },
    });
    expect(entry!.result).toMatchObject({ kind: 'shown', count: { counts: { beach: 1, zoo: 2 } } });
  });

  it('shows no breakdown of a secret yes/no vote with fewer than 3 ballots, not even as counts', () => {
    const v = vote({ kind: 'yes-no', options: undefined });
    const secretBallots = [
      { voteId: v.id, choice: 'yes' },
      { voteId: v.id, choice: 'no' },
    ];
    const [entry] = generateMinutes({ ...base, votes: [v], ballots: [], secretBallots }).items[0]!.votes;
    expect(entry!.result).toEqual({ kind: 'too-few', ballotCount: 2 });
    expect(JSON.stringify(entry)).not.toMatch(/"counts"|"yes"|"no"/);
    expect(entry!.decided).toBeUndefined();
  });

  it('leaves open votes out of the minutes until they are closed', () => {
    const v = vote({ status: 'open' });
    expect(generateMinutes({ ...base, votes: [v], ballots: [] }).items[0]!.votes).toEqual([]);
  });

  it('takes a hand count from the numbers and records a drawn lot', () => {
    const lot = { method: 'lot' as const, optionId: 'beach', among: ['beach', 'zoo'] };
    const v = vote({ mode: 'hand-count', handCounts: { beach: 3, zoo: 3 }, tieBreak: lot });
    const [entry] = generateMinutes({ ...base, votes: [v], ballots: [] }).items[0]!.votes;
    expect(entry!.decided).toEqual({ kind: 'winner', optionId: 'beach', tieBreak: lot });
  });
});

describe('secret votes in the minutes on a device without the ballots', () => {
  it('shows the tally stored on the vote', () => {
    const v = vote({ tally: { counts: { beach: 1, zoo: 2 }, ballotCount: 3, assistedCount: 0 } });
    const [entry] = generateMinutes({ ...base, votes: [v], ballots: [], secretBallots: [] }).items[0]!.votes;
    expect(entry!.result).toMatchObject({ kind: 'shown', count: { counts: { beach: 1, zoo: 2 }, ballotCount: 3 } });
    expect(entry!.decided).toEqual({ kind: 'winner', optionId: 'zoo' });
  });

  it('gives a secret yes/no vote its result from the stored tally, like any other kind', () => {
    const v = vote({
      kind: 'yes-no',
      options: undefined,
      tally: { counts: { yes: 2, no: 1, 'dont-know': 0 }, ballotCount: 3, assistedCount: 0 },
    });
    const [entry] = generateMinutes({ ...base, votes: [v], ballots: [] }).items[0]!.votes;
    expect(entry!.result).toMatchObject({
      kind: 'shown',
      count: { counts: { yes: 2, no: 1, 'dont-know': 0 }, ballotCount: 3, outcome: 'winner', leaders: ['yes'] },
    });
    expect(entry!.decided).toEqual({ kind: 'winner', optionId: 'yes' });
  });

  it('shows only how many voted from a tally without a split', () => {
    const v = vote({ tally: { ballotCount: 2, assistedCount: 1 } });
    const [entry] = generateMinutes({ ...base, votes: [v], ballots: [] }).items[0]!.votes;
    expect(entry!.result).toEqual({ kind: 'too-few', ballotCount: 2 });
  });
});

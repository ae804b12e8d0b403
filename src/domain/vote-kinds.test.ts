import { describe, expect, it } from 'vitest';
import {
  ballotSchema,
  canCast,
  canMemberVote,
  checkSelection,
  choicesSpokenOnTap,
  optionIds,
  voteSchema,
  type Vote,
} from './vote';
import { decideVote, drawLot, staffTieBreak, tallyVote, visibleResult } from './vote-tally';

const id = () => crypto.randomUUID();
const pic = { type: 'pictogram' as const, id: 'bus-trip' };
const options = (...ids: string[]) => ids.map((o) => ({ id: o, label: o, picture: pic }));

function vote(overrides: Partial<Vote> = {}): Vote {
  return voteSchema.parse({
    id: id(),
    meetingId: id(),
    agendaItemId: id(),
    question: 'Hvor skal vi hen?',
    kind: 'yes-no',
    mode: 'open',
    status: 'open',
    ...overrides,
  });
}

const picks = (...choices: string[]) => choices.map((choice) => ({ choice }));

describe('vote schema evolution', () => {
  it('still reads a vote stored before kinds and modes existed', () => {
    const old = {
      id: id(),
      meetingId: id(),
      agendaItemId: id(),
      question: 'Tivoli?',
      kind: 'yes-no',
      mode: 'open',
      status: 'closed',
    };
    const parsed = voteSchema.parse(old);
    expect(parsed).toMatchObject(old);
    expect(optionIds(parsed)).toEqual(['yes', 'no', 'dont-know']);
    expect(decideVote(parsed, tallyVote(parsed, [])).kind).toBe('no-votes');
  });

  it('still reads an old ballot with only a yes/no choice', () => {
    const old = { id: id(), voteId: id(), choice: 'yes' };
    expect(ballotSchema.parse(old)).toEqual(old);
  });

  it.each([
    { name: 'choose-one with one option', input: { kind: 'choose-one', options: options('a') }, field: 'options' },
    {
      name: 'choose-one with nine options',
      input: { kind: 'choose-one', options: options('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i') },
      field: 'options',
    },
    {
      name: 'choose-up-to without N',
      input: { kind: 'choose-up-to', options: options('a', 'b', 'c') },
      field: 'maxChoices',
    },
    {
      name: 'choose-up-to with N = all options',
      input: { kind: 'choose-up-to', options: options('a', 'b'), maxChoices: 2 },
      field: 'maxChoices',
    },
    { name: 'smiley without a scale', input: { kind: 'smiley' }, field: 'scale' },
    { name: 'smiley with a scale of 4', input: { kind: 'smiley', scale: 4 }, field: 'scale' },
    { name: 'duplicate option ids', input: { kind: 'choose-one', options: options('a', 'a') }, field: 'options' },
  ])('refuses $name', ({ input, field }) => {
    const result = voteSchema.safeParse({
      id: id(),
      meetingId: id(),
      agendaItemId: id(),
      question: 'Q',
      mode: 'secret',
      ...input,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it.each([
    { kind: 'choose-one', extra: { options: options('a', 'b') }, ids: ['a', 'b'] },
    { kind: 'choose-up-to', extra: { options: options('a', 'b', 'c'), maxChoices: 2 }, ids: ['a', 'b', 'c'] },
    { kind: 'smiley', extra: { scale: 3 }, ids: ['sad', 'neutral', 'happy'] },
    { kind: 'smiley', extra: { scale: 5 }, ids: ['very-sad', 'sad', 'neutral', 'happy', 'very-happy'] },
  ] as const)('accepts $kind and lists its options', ({ kind, extra, ids }) => {
    expect(optionIds(vote({ kind, ...extra }))).toEqual(ids);
  });
});

describe('spoken choices', () => {
  it.each([
    { name: 'a secret vote stored before the setting existed', input: { mode: 'secret' }, spoken: false },
    { name: 'a secret vote without headphones', input: { mode: 'secret', spokenChoices: false }, spoken: false },
    { name: 'a secret vote with headphones', input: { mode: 'secret', spokenChoices: true }, spoken: true },
    { name: 'a show of hands', input: { mode: 'open' }, spoken: true },
    { name: 'a hand count', input: { mode: 'hand-count' }, spoken: true },
  ] as const)('$name: a tapped option is read aloud: $spoken', ({ input, spoken }) => {
    expect(choicesSpokenOnTap(vote(input))).toBe(spoken);
  });

  it('refuses a setting that is not yes or no', () => {
    const result = voteSchema.safeParse({ ...vote({ mode: 'secret' }), spokenChoices: 'yes' });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['spokenChoices']);
  });
});

describe('tallyVote', () => {
  it.each([
    {
      kind: 'yes-no',
      extra: {},
      ballots: picks('yes', 'no', 'yes'),
      counts: { yes: 2, no: 1, 'dont-know': 0 },
      outcome: 'winner',
      leaders: ['yes'],
    },
    {
      kind: 'choose-one',
      extra: { options: options('beach', 'zoo', 'city') },
      ballots: picks('zoo', 'zoo', 'beach'),
      counts: { beach: 1, zoo: 2, city: 0 },
      outcome: 'winner',
      leaders: ['zoo'],
    },
    {
      kind: 'choose-up-to',
      extra: { options: options('a', 'b', 'c'), maxChoices: 2 },
      ballots: [{ choices: ['a', 'b'] }, { choices: ['b'] }, { choices: ['b', 'c'] }],
      counts: { a: 1, b: 3, c: 1 },
      outcome: 'winner',
      leaders: ['b'],
    },
    {
      kind: 'smiley',
      extra: { scale: 3 },
      ballots: picks('happy', 'sad', 'happy', 'neutral'),
      counts: { sad: 1, neutral: 1, happy: 2 },
      outcome: 'winner',
      leaders: ['happy'],
    },
    {
      kind: 'smiley',
      extra: { scale: 5 },
      ballots: picks('very-happy', 'very-sad'),
      counts: { 'very-sad': 1, sad: 0, neutral: 0, happy: 0, 'very-happy': 1 },
      outcome: 'tie',
      leaders: ['very-sad', 'very-happy'],
    },
    {
      kind: 'choose-one',
      extra: { options: options('a', 'b') },
      ballots: [],
      counts: { a: 0, b: 0 },
      outcome: 'no-votes',
      leaders: [],
    },
  ] as const)('counts a $kind vote ($outcome)', ({ kind, extra, ballots, counts, outcome, leaders }) => {
    const count = tallyVote(vote({ kind, ...extra }), ballots);
    expect(count.counts).toEqual(counts);
    expect(count.outcome).toBe(outcome);
    expect(count.leaders).toEqual(leaders);
  });

  it('counts each choose-up-to ballot once as a voter, each pick as a mark', () => {
    const count = tallyVote(vote({ kind: 'choose-up-to', options: options('a', 'b', 'c'), maxChoices: 2 }), [
      { choices: ['a', 'b'] },
      { choices: ['c'] },
    ]);
    expect(count.ballotCount).toBe(2);
  });

  it('takes a hand count from the numbers staff entered, ignoring ballots', () => {
    const v = vote({ mode: 'hand-count', kind: 'choose-one', options: options('a', 'b'), handCounts: { a: 4, b: 6 } });
    const count = tallyVote(v, picks('a'));
    expect(count.counts).toEqual({ a: 4, b: 6 });
    expect(count.ballotCount).toBe(10);
    expect(count.leaders).toEqual(['b']);
  });

  it('ignores ballots for options the vote does not have', () => {
    expect(tallyVote(vote(), picks('yes', 'maybe')).ballotCount).toBe(1);
  });
});

describe('visibleResult', () => {
  const three = picks('yes', 'no', 'yes');
  it.each([
    { mode: 'secret', status: 'open', ballots: three, kind: 'hidden' },
    { mode: 'secret', status: 'closed', ballots: three, kind: 'shown' },
    { mode: 'secret', status: 'closed', ballots: picks('yes', 'no'), kind: 'too-few' },
    { mode: 'secret', status: 'closed', ballots: [], kind: 'too-few' },
    { mode: 'open', status: 'open', ballots: picks('yes'), kind: 'shown' },
    { mode: 'open', status: 'closed', ballots: picks('yes'), kind: 'shown' },
  ] as const)('a $status $mode vote with $ballots.length ballots is $kind', ({ mode, status, ballots, kind }) => {
    expect(visibleResult(vote({ mode, status }), ballots).kind).toBe(kind);
  });

  it('says only how many voted when a secret vote has fewer than 3 ballots', () => {
    expect(visibleResult(vote({ mode: 'secret', status: 'closed' }), picks('yes', 'no'))).toEqual({
      kind: 'too-few',
      ballotCount: 2,
    });
  });
});

describe('one vote per member and valid picks', () => {
  it.each([
    { status: 'open', mode: 'secret', voted: false, expected: { ok: true } },
    { status: 'open', mode: 'secret', voted: true, expected: { ok: false, reason: 'already-voted' } },
    { status: 'open', mode: 'open', voted: true, expected: { ok: false, reason: 'already-voted' } },
    { status: 'closed', mode: 'secret', voted: false, expected: { ok: false, reason: 'vote-closed' } },
    { status: 'open', mode: 'hand-count', voted: false, expected: { ok: false, reason: 'wrong-mode' } },
  ] as const)(
    'a member who has voted=$voted in an $status $mode vote: $expected.reason',
    ({ status, mode, voted, expected }) => {
      expect(canMemberVote(vote({ status, mode }), voted)).toEqual(expected);
    },
  );

  const upTo2 = vote({ kind: 'choose-up-to', options: options('a', 'b', 'c'), maxChoices: 2 });
  it.each([
    { picked: ['a'], expected: { ok: true } },
    { picked: ['a', 'c'], expected: { ok: true } },
    { picked: ['a', 'b', 'c'], expected: { ok: false, reason: 'too-many' } },
    { picked: ['a', 'a'], expected: { ok: false, reason: 'invalid-choice' } },
    { picked: ['x'], expected: { ok: false, reason: 'invalid-choice' } },
    { picked: [], expected: { ok: false, reason: 'invalid-choice' } },
  ])('checks the pick $picked against "choose up to 2"', ({ picked, expected }) => {
    expect(checkSelection(upTo2, picked)).toEqual(expected);
  });

  it('refuses a ballot for a closed vote', () => {
    const v = vote({ status: 'closed' });
    expect(canCast(v, { voteId: v.id, choice: 'yes' })).toEqual({ ok: false, reason: 'vote-closed' });
  });
});

describe('ties', () => {
  const tied = picks('yes', 'no');
  it.each([{ rule: 'staff-decide' }, { rule: 'draw-lots' }, { rule: 'new-round' }] as const)(
    'reports a tie with the council rule $rule while it is not broken',
    ({ rule }) => {
      const v = vote({ tieRule: rule });
      expect(decideVote(v, tallyVote(v, tied))).toEqual({ kind: 'tie', among: ['yes', 'no'], rule });
    },
  );

  it('treats a vote without a tie rule as "staff decide"', () => {
    const v = vote();
    expect(decideVote(v, tallyVote(v, tied))).toMatchObject({ kind: 'tie', rule: 'staff-decide' });
  });

  it.each([
    { index: 0, winner: 'yes' },
    { index: 1, winner: 'no' },
  ])('draws lot $index → $winner and records it', ({ index, winner }) => {
    const lot = drawLot(['yes', 'no'], () => index);
    expect(lot).toEqual({ method: 'lot', optionId: winner, among: ['yes', 'no'] });
    const v = vote({ tieRule: 'draw-lots', tieBreak: lot });
    expect(decideVote(v, tallyVote(v, tied))).toEqual({ kind: 'winner', optionId: winner, tieBreak: lot });
  });

  it('draws with crypto random among all tied options', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(drawLot(['a', 'b', 'c']).optionId);
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });

  it('records a staff decision and refuses an option that was not tied', () => {
    expect(staffTieBreak(['a', 'b'], 'b')).toEqual({ method: 'staff', optionId: 'b', among: ['a', 'b'] });
    expect(() => staffTieBreak(['a', 'b'], 'c')).toThrow();
  });

  it('ignores a recorded tie break that no longer matches the tied options', () => {
    const v = vote({ tieBreak: { method: 'staff', optionId: 'yes', among: ['yes', 'dont-know'] } });
    expect(decideVote(v, tallyVote(v, tied)).kind).toBe('tie');
  });
});

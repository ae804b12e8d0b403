import { describe, expect, it } from 'vitest';
import { councilSchema, councilVoterRule } from './council';
import type { Member } from './member';
import { checkMemberCast, checkOpenCast, shownRoll, votingRoll, type VoterRule } from './vote-eligibility';

type Person = Pick<Member, 'id' | 'role' | 'representsMemberId'>;
const anna: Person = { id: 'anna', role: 'resident' };
const bo: Person = { id: 'bo', role: 'resident' };
const gitte: Person = { id: 'gitte', role: 'relative', representsMemberId: 'bo' };
const hans: Person = { id: 'hans', role: 'relative' };
const mette: Person = { id: 'mette', role: 'staff' };
const gæst: Person = { id: 'guest', role: 'guest' };
const council = [anna, bo, gitte, hans, mette, gæst];

const ids = (rule: VoterRule) =>
  votingRoll(council, rule).map((e) => (e.forMemberId ? `${e.memberId}>${e.forMemberId}` : e.memberId));

describe('the voter roll', () => {
  it.each([
    // Residents only: Hans is not offered; Gitte stands in for Bo, so Bo is not offered.
    { rule: 'residents', expected: ['anna', 'gitte>bo'] },
    // Relatives too: Hans votes for himself; Gitte still votes for Bo, never as well as Bo.
    { rule: 'residents-and-relatives', expected: ['anna', 'gitte>bo', 'hans'] },
  ] as const)('$rule: $expected', ({ rule, expected }) => {
    expect(ids(rule)).toEqual(expected);
  });

  it.each([
    { present: [], expected: ['gitte>bo'] },
    { present: ['bo', 'gitte'], expected: ['gitte>bo'] },
    // Bo came, Gitte did not: Bo votes for the household himself.
    { present: ['bo'], expected: ['bo', 'gitte>bo'] },
    { present: ['anna'], expected: ['gitte>bo'] },
  ])('a represented resident with $present present', ({ present, expected }) => {
    const roll = votingRoll([bo, gitte], 'residents', new Set(present));
    expect(roll.map((e) => (e.forMemberId ? `${e.memberId}>${e.forMemberId}` : e.memberId))).toEqual(expected);
    expect(new Set(roll.map((e) => e.householdId))).toEqual(new Set(['bo']));
  });

  it('never offers staff or guests', () => {
    expect(votingRoll([mette, gæst], 'residents-and-relatives')).toEqual([]);
  });

  it('treats a relative whose resident is not in the council as a relative of their own', () => {
    const away: Person = { id: 'lise', role: 'relative', representsMemberId: 'not-here' };
    expect(votingRoll([away], 'residents')).toEqual([]);
    expect(votingRoll([away], 'residents-and-relatives')).toEqual([{ memberId: 'lise', householdId: 'lise' }]);
  });

  it('gives a household with two representatives one vote', () => {
    const per: Person = { id: 'per', role: 'relative', representsMemberId: 'bo' };
    const roll = votingRoll([bo, gitte, per], 'residents');
    expect(roll.map((e) => e.memberId)).toEqual(['gitte', 'per']);
    expect(shownRoll(roll, new Set(), []).eligibleCount).toBe(1);
    expect(checkMemberCast(roll, ['gitte'], 'per')).toEqual({ ok: false, reason: 'already-voted' });
  });
});

describe('who is shown and how many can vote', () => {
  const roll = votingRoll(council, 'residents');

  it.each([
    { present: [], voted: [], shown: ['anna', 'gitte'], count: 2, allShown: true },
    { present: ['anna'], voted: [], shown: ['anna'], count: 1, allShown: false },
    // Gitte voted and was then marked absent: she stays shown, marked, and counted.
    { present: ['anna'], voted: ['gitte'], shown: ['anna', 'gitte'], count: 2, allShown: false },
    // A ballot in Bo's own name (older data) uses up the household's vote.
    { present: [], voted: ['bo'], shown: ['anna', 'gitte'], count: 2, allShown: true },
  ])('present $present, voted $voted', ({ present, voted, shown, count, allShown }) => {
    const result = shownRoll(roll, new Set(present), voted);
    expect(result.entries.map((e) => e.memberId)).toEqual(shown);
    expect(result.eligibleCount).toBe(count);
    expect(result.allShown).toBe(allShown);
    expect(result.entries.filter((e) => e.voted).map((e) => e.memberId)).toEqual(voted.length ? ['gitte'] : []);
  });
});

describe('an open vote never counts more than can vote', () => {
  const roll = votingRoll(council, 'residents');
  const base = {
    roll,
    present: new Set<string>(),
    namedBallotMemberIds: [] as string[],
    unnamedCount: 0,
    unnamedAllowed: false,
  };

  it.each([
    { name: 'a named ballot on the roll', check: { memberId: 'anna' }, outcome: { ok: true } },
    {
      name: 'the same member twice',
      check: { memberId: 'anna', namedBallotMemberIds: ['anna'] },
      outcome: { ok: false, reason: 'already-voted' },
    },
    {
      name: 'the representative after the resident',
      check: { memberId: 'gitte', namedBallotMemberIds: ['bo'] },
      outcome: { ok: false, reason: 'already-voted' },
    },
    { name: 'the represented resident', check: { memberId: 'bo' }, outcome: { ok: false, reason: 'not-eligible' } },
    {
      name: 'a relative under residents only',
      check: { memberId: 'hans' },
      outcome: { ok: false, reason: 'not-eligible' },
    },
    { name: 'staff', check: { memberId: 'mette' }, outcome: { ok: false, reason: 'not-eligible' } },
    {
      name: 'a hand without a name, not chosen',
      check: { memberId: undefined },
      outcome: { ok: false, reason: 'unnamed-off' },
    },
    {
      name: 'a hand without a name, chosen',
      check: { memberId: undefined, unnamedAllowed: true },
      outcome: { ok: true },
    },
    {
      name: 'a hand without a name when everyone has voted',
      check: { memberId: undefined, unnamedAllowed: true, namedBallotMemberIds: ['anna'], unnamedCount: 1 },
      outcome: { ok: false, reason: 'all-counted' },
    },
    {
      name: 'a hand without a name beyond those present',
      check: { memberId: undefined, unnamedAllowed: true, present: new Set(['anna']), unnamedCount: 1 },
      outcome: { ok: false, reason: 'all-counted' },
    },
  ])('$name', ({ check, outcome }) => {
    expect(checkOpenCast({ ...base, ...check })).toEqual(outcome);
  });

  it('five eligible voters can give at most five votes, however they are tapped', () => {
    const five: Person[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, role: 'resident' }));
    const fiveRoll = votingRoll(five, 'residents');
    const named: string[] = [];
    let unnamed = 0;
    const taps: (string | undefined)[] = [undefined, 'a', 'a', 'b', undefined, 'b', 'c', 'd', 'e', 'e', undefined, 'a'];
    for (const memberId of taps) {
      const ok = checkOpenCast({
        roll: fiveRoll,
        present: new Set(),
        namedBallotMemberIds: named,
        unnamedCount: unnamed,
        unnamedAllowed: true,
        memberId,
      });
      if (!ok.ok) continue;
      if (memberId) named.push(memberId);
      else unnamed += 1;
    }
    expect(named.length + unnamed).toBe(5);
  });
});

describe('the council rule', () => {
  const stored = { id: crypto.randomUUID(), facilityId: crypto.randomUUID(), name: 'Rådet', kind: 'user-council' };

  it.each([
    { row: {}, rule: 'residents' },
    // Rows from before the rule covered every vote kept it under its election name.
    { row: { electionVoters: 'residents-and-relatives' }, rule: 'residents-and-relatives' },
    { row: { voterRule: 'residents', electionVoters: 'residents-and-relatives' }, rule: 'residents' },
  ] as const)('reads $row as $rule', ({ row, rule }) => {
    expect(councilVoterRule(councilSchema.parse({ ...stored, ...row }))).toBe(rule);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  allocateSeats,
  drawElectionLot,
  electionPeople,
  electionRoll,
  eligibleCandidates,
  expiredTerms,
  nextElectionDue,
  termsForElected,
  type Candidate,
} from './election';
import type { Member } from './member';

const placements = (r: ReturnType<typeof allocateSeats>) =>
  Object.fromEntries(r.ranking.map((c) => [c.candidateId, c.placement]));

describe('allocateSeats', () => {
  it.each([
    {
      name: '2 seats, 1 substitute, clear order',
      counts: { a: 5, b: 3, c: 2, d: 1 } as Record<string, number>,
      seats: 2,
      subs: 1,
      expected: { a: 'elected', b: 'elected', c: 'substitute', d: 'not-elected' },
    },
    {
      name: 'more seats than candidates',
      counts: { a: 2, b: 1 } as Record<string, number>,
      seats: 3,
      subs: 1,
      expected: { a: 'elected', b: 'elected' },
    },
    {
      name: 'a tie inside the elected places needs no decision',
      counts: { a: 4, b: 4, c: 1 } as Record<string, number>,
      seats: 2,
      subs: 0,
      expected: { a: 'elected', b: 'elected', c: 'not-elected' },
    },
    {
      name: 'no substitutes',
      counts: { a: 3, b: 2, c: 1 } as Record<string, number>,
      seats: 1,
      subs: 0,
      expected: { a: 'elected', b: 'not-elected', c: 'not-elected' },
    },
  ])('allocates $name', ({ counts, seats, subs, expected }) => {
    const result = allocateSeats(Object.keys(counts), counts, seats, subs);
    expect(placements(result)).toEqual(expected);
    expect(result.unresolvedTies).toEqual([]);
  });

  it('ranks by votes, highest first', () => {
    const result = allocateSeats(['c', 'a', 'b'], { a: 1, b: 7, c: 3 }, 1, 1);
    expect(result.ranking.map((r) => [r.candidateId, r.rank, r.votes])).toEqual([
      ['b', 1, 7],
      ['c', 2, 3],
      ['a', 3, 1],
    ]);
  });

  it.each([
    {
      name: 'the last seat',
      counts: { a: 5, b: 3, c: 3 } as Record<string, number>,
      seats: 2,
      subs: 1,
      tie: ['b', 'c'],
    },
    { name: 'the last substitute place', counts: { a: 5, b: 3, c: 2, d: 2 }, seats: 2, subs: 1, tie: ['c', 'd'] },
  ])('flags a tie across $name for staff', ({ counts, seats, subs, tie }) => {
    const result = allocateSeats(Object.keys(counts), counts, seats, subs);
    expect(result.unresolvedTies).toEqual([tie]);
    for (const id of tie) expect(result.ranking.find((r) => r.candidateId === id)?.tiedAtBoundary).toBe(true);
    // Tied candidates share a rank until the tie is broken.
    expect(new Set(tie.map((id) => result.ranking.find((r) => r.candidateId === id)?.rank)).size).toBe(1);
  });

  it('places tied candidates in the recorded order once staff decided or drew lots', () => {
    const counts = { a: 5, b: 3, c: 3 };
    const result = allocateSeats(['a', 'b', 'c'], counts, 2, 1, [{ method: 'lot', order: ['c', 'b'] }]);
    expect(result.unresolvedTies).toEqual([]);
    expect(placements(result)).toEqual({ a: 'elected', c: 'elected', b: 'substitute' });
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('draws a full order among tied candidates with the given random source', () => {
    expect(drawElectionLot(['b', 'c', 'd'], () => 0)).toEqual({ method: 'lot', order: ['b', 'c', 'd'] });
    expect(drawElectionLot(['b', 'c', 'd'], (n) => n - 1)).toEqual({ method: 'lot', order: ['d', 'c', 'b'] });
    expect(() => drawElectionLot(['b'])).toThrow();
  });
});

describe('terms and due dates', () => {
  it.each([
    { date: '2026-03-10', years: 2, expected: '2028-03-10' },
    { date: '2024-02-29', years: 2, expected: '2026-02-28' },
    { date: '2024-02-29', years: 4, expected: '2028-02-29' },
  ])('adds $years years to $date', ({ date, years, expected }) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    { date: '2026-05-31', months: -3, expected: '2026-02-28' },
    { date: '2026-01-15', months: -3, expected: '2025-10-15' },
  ])('adds $months months to $date', ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    { last: undefined, today: '2026-05-01', expected: { kind: 'never-held' } },
    { last: '2025-06-01', today: '2026-05-01', expected: { kind: 'not-due', due: '2027-06-01' } },
    { last: '2024-06-01', today: '2026-02-28', expected: { kind: 'not-due', due: '2026-06-01' } },
    { last: '2024-06-01', today: '2026-03-01', expected: { kind: 'soon', due: '2026-06-01' } },
    { last: '2024-06-01', today: '2026-06-01', expected: { kind: 'overdue', due: '2026-06-01' } },
  ])('the election after $last is $expected.kind on $today', ({ last, today, expected }) => {
    expect(nextElectionDue(last ? { lastElection: last } : {}, today)).toEqual(expected);
  });

  it('gives the elected members a two-year term from today', () => {
    const candidates: Candidate[] = [
      { id: 'c1', electionId: 'e', memberId: 'm1' },
      { id: 'c2', electionId: 'e', memberId: 'm2' },
    ];
    expect(termsForElected(['c2'], candidates, '2026-04-14')).toEqual([
      { memberId: 'm2', termStart: '2026-04-14', termEnd: '2028-04-14' },
    ]);
  });

  it('records the substitutes on their members, in line, with the same term', () => {
    const candidates: Candidate[] = ['1', '2', '3'].map((n) => ({ id: `c${n}`, electionId: 'e', memberId: `m${n}` }));
    expect(termsForElected(['c1'], candidates, '2026-04-14', ['c3', 'c2'])).toEqual([
      { memberId: 'm1', termStart: '2026-04-14', termEnd: '2028-04-14' },
      { memberId: 'm3', termStart: '2026-04-14', termEnd: '2028-04-14', substituteRank: 1 },
      { memberId: 'm2', termStart: '2026-04-14', termEnd: '2028-04-14', substituteRank: 2 },
    ]);
  });

  const member = (role: Member['role'], termEnd?: string): Member => ({
    id: crypto.randomUUID(),
    councilId: crypto.randomUUID(),
    displayName: role,
    role,
    photoConsent: false,
    ...(termEnd ? { termEnd } : {}),
  });

  it.each([
    { voters: 'residents', roles: ['resident'] },
    { voters: 'residents-and-relatives', roles: ['resident', 'relative'] },
  ] as const)('lets $voters vote and stand', ({ voters, roles }) => {
    const all = [member('resident'), member('relative'), member('staff'), member('guest')];
    expect(eligibleCandidates({ voters }, all).map((m) => m.role)).toEqual(roles);
    expect(electionRoll({ voters }, all).map((e) => all.find((m) => m.id === e.memberId)?.role)).toEqual(roles);
  });

  it('lets a representative vote for the resident, never both, under either rule', () => {
    const bo = member('resident');
    const gitte = { ...member('relative'), representsMemberId: bo.id };
    for (const voters of ['residents', 'residents-and-relatives'] as const) {
      expect(electionRoll({ voters }, [bo, gitte])).toEqual([
        { memberId: gitte.id, forMemberId: bo.id, householdId: bo.id },
      ]);
    }
  });

  it.each([
    { scope: 'council', expected: 2 },
    { scope: 'facility', expected: 3 },
    { scope: undefined, expected: 2 },
  ] as const)('with scope $scope the election is among $expected people', ({ scope, expected }) => {
    const own = [member('resident'), member('relative')];
    const councilId = own[0]!.councilId;
    const ownCouncil = own.map((m) => ({ ...m, councilId }));
    const elsewhere = [member('resident'), { ...member('staff') }];
    const people = electionPeople({ scope, councilId }, ownCouncil, [...elsewhere, ...ownCouncil]);
    expect(people).toHaveLength(expected);
  });

  it('finds members whose term has run out', () => {
    const old = member('resident', '2026-01-01');
    expect(expiredTerms([old, member('resident', '2027-01-01'), member('resident')], '2026-04-14')).toEqual([old]);
  });
});

import { describe, expect, it } from 'vitest';
import { hasVotedSchema, secretBallotFor, secretBallotSchema } from './secret-ballot';

const id = () => crypto.randomUUID();

describe('secret ballots', () => {
  it.each([
    { name: 'a member id', extra: { memberId: id() } },
    { name: 'a timestamp', extra: { castAt: new Date().toISOString() } },
    { name: 'a sequence number', extra: { seq: 4 } },
    { name: 'clock stamps', extra: { _changed: 'x', _stamps: {} } },
  ])('refuses a ballot that carries $name', ({ extra }) => {
    expect(secretBallotSchema.safeParse({ id: id(), voteId: id(), choice: 'yes', ...extra }).success).toBe(false);
  });

  it.each([
    { picked: ['zoo'], many: false, keys: ['choice', 'id', 'voteId'] },
    { picked: ['zoo', 'beach'], many: true, keys: ['choices', 'id', 'voteId'] },
  ])('builds a ballot with exactly $keys', ({ picked, many, keys }) => {
    const ballot = secretBallotFor(id(), picked, many, id());
    expect(Object.keys(ballot).sort()).toEqual(keys);
    expect(secretBallotSchema.parse(ballot)).toEqual(ballot);
  });

  it('does not keep the order the voter tapped in', () => {
    expect(secretBallotFor(id(), ['zoo', 'beach', 'city'], true, id()).choices).toEqual(['beach', 'city', 'zoo']);
  });

  it('marks a has-voted row as not assisted unless staff helped', () => {
    expect(hasVotedSchema.parse({ id: id(), voteId: id(), memberId: id() }).assisted).toBe(false);
  });
});

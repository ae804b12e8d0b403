// What a voter or staff read when a ballot is not counted. Every refusal the domain can give
// has its sentence here, so a new refusal does not compile until it has one. A wrong vote or a
// wrong mode cannot come from these screens, so they get the general sentence.
import type { ParseKeys } from 'i18next';
import type { CastRefusal } from '../../domain/vote';

/** A refusal from the ballot box, or `failed`: the tablet could not store the ballot. */
export type BallotRefusal = CastRefusal | 'failed';

export const ballotRefusalKey: Record<BallotRefusal, ParseKeys<'voting'>> = {
  'vote-closed': 'refused.vote-closed',
  'already-voted': 'refused.already-voted',
  'invalid-choice': 'refused.invalid-choice',
  'too-many': 'refused.too-many',
  'not-eligible': 'refused.not-eligible',
  'unnamed-off': 'refused.unnamed-off',
  'all-counted': 'refused.all-counted',
  'wrong-vote': 'refused.other',
  'wrong-mode': 'refused.other',
  failed: 'refused.failed',
};

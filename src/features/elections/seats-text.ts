import type { TFunction } from 'i18next';

/** "2 pladser, 1 suppleant": each number with its own singular or plural (never "1 suppleanter"). */
export function seatsText(t: TFunction<'elections'>, election: { seats: number; substitutes: number }): string {
  return t('list.seatsAndSubstitutes', {
    seats: t('list.seatCount', { count: election.seats }),
    substitutes: t('list.substituteCount', { count: election.substitutes }),
  });
}

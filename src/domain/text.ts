import { z } from 'zod';

/** Message keys are i18n keys in the `common` namespace; screens translate them. */
// Forms set their inputs' maxLength from these same numbers, so what a field takes and what its
// error message says can never disagree.
export const shortTitleMax = 60;
export const longTextMax = 2000;
export const nameMax = 80;
export const placeMax = 120;

export function requiredText(max: number) {
  return z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong');
}

export function optionalText(max: number) {
  return z.string().trim().max(max, 'validation.tooLong').optional();
}

import { z } from 'zod';

/** Message keys are i18n keys in the `common` namespace; screens translate them. */
// Forms set their inputs' maxLength from these same numbers, so what a field takes and what its
// error message says can never disagree.
export const shortTitleMax = 60;
export const longTextMax = 2000;
export const nameMax = 80;
export const placeMax = 120;

/**
 * At least one character a reader can see. Trimming removes spaces, not zero-width and other
 * invisible characters: a title of only those looks empty on every screen ("Punkt 6" with
 * nothing after it), so it counts as missing.
 */
const visible = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/u;

export function requiredText(max: number) {
  return z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine((text) => visible.test(text), 'validation.required');
}

export function optionalText(max: number) {
  return z.string().trim().max(max, 'validation.tooLong').optional();
}

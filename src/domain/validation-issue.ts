import type { z } from 'zod';

/**
 * Why a value is refused. Schemas name one as their message (`'validation.required'`); each is a
 * string under `validation` in the `common` namespace, which the form field's typed `t` checks.
 */
const validationReasons = [
  'required',
  'tooLong',
  'invalid',
  'invalidDate',
  'endBeforeStart',
  'termEndBeforeStart',
  'resultMismatch',
  'notAnImage',
  'imageTooLarge',
  'imageTooManyPixels',
  'website',
  'onlyRelativesRepresent',
  'minutesRange',
  'meetingsPerYear',
] as const;
export type ValidationKey = `validation.${(typeof validationReasons)[number]}`;

/** A message as a known validation key; anything else (zod's own texts, old stored reasons) is "invalid". */
export function validationKey(message: string): ValidationKey {
  const reason = validationReasons.find((known) => `validation.${known}` === message);
  return reason ? `validation.${reason}` : 'validation.invalid';
}

/** A schema issue as an i18n key (in the `common` namespace) plus its values, per field. */
export interface FieldError {
  field: string;
  key: ValidationKey;
  values: Record<string, unknown>;
}

export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const key = validationKey(issue.message);
    const values: Record<string, unknown> = {};
    if (issue.code === 'too_big') values.max = issue.maximum;
    return { field: issue.path.map(String).join('.') || '_', key, values };
  });
}

/** First error per field, the shape forms want. */
export function errorsByField(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const result: Record<string, FieldError> = {};
  for (const error of fieldErrors(issues)) result[error.field] ??= error;
  return result;
}

import type { z } from 'zod';

/** A schema issue as an i18n key (in the `common` namespace) plus its values, per field. */
export interface FieldError {
  field: string;
  key: string;
  values: Record<string, unknown>;
}

export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
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

// The save step every staff form shares: check the candidate against its schema first (so a
// bad form stores nothing and shows every field's message), then run the store call, and
// turn what goes wrong into field messages or one "could not save" flag.
import { useState } from 'react';
import type { z } from 'zod';
import { errorsByField, type FieldError } from '../domain/validation-issue';
import { useBusyAction } from './use-busy-action';

/** The repositories refuse invalid data with an error that carries the schema's issues. */
function issuesOf(error: unknown): z.core.$ZodIssue[] | null {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? (issues as z.core.$ZodIssue[]) : null;
}

export function useValidatedSave() {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [failed, setFailed] = useState(false);
  const { busy: saving, run } = useBusyAction();

  /** Resolves with the store's result, or undefined when the input was refused or saving failed. */
  async function save<T, R>(schema: z.ZodType<T>, candidate: unknown, store: (valid: T) => Promise<R>) {
    setFailed(false);
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(errorsByField(parsed.error.issues));
      return undefined;
    }
    setErrors({});
    // A second tap while the first save is on its way stores nothing twice.
    return run(async () => {
      try {
        return await store(parsed.data);
      } catch (error) {
        const issues = issuesOf(error);
        if (issues) setErrors(errorsByField(issues));
        else setFailed(true);
        return undefined;
      }
    });
  }

  return { errors, failed, saving, save };
}

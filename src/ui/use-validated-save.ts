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

/** What a form's own check says: the value to store, or one message per field. */
export type CheckOutcome<T> = { ok: true; value: T } | { ok: false; errors: Record<string, FieldError> };

/** A schema, or a form's own check where form fields are not the record's fields (a date and two times make a meeting's start and end). */
export type Check<C, T> = z.ZodType<T> | ((candidate: C) => CheckOutcome<T>);

function runCheck<C, T>(check: Check<C, T>, candidate: C): CheckOutcome<T> {
  if (typeof check === 'function') return check(candidate);
  const parsed = check.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: errorsByField(parsed.error.issues) };
}

export interface SaveOptions {
  /**
   * The fields the form shows. A refusal from the store on any other field (a merge with an
   * edit made elsewhere, say) has nowhere to be shown, so it is said as "could not save".
   */
  fields?: readonly string[];
}

export function useValidatedSave() {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [failed, setFailed] = useState(false);
  const { busy: saving, run } = useBusyAction();

  /** Resolves with the store's result, or undefined when the input was refused or saving failed. */
  async function save<C, T, R>(
    check: Check<C, T>,
    candidate: C,
    store: (valid: T) => Promise<R>,
    options: SaveOptions = {},
  ) {
    setFailed(false);
    const checked = runCheck(check, candidate);
    if (!checked.ok) {
      setErrors(checked.errors);
      return undefined;
    }
    setErrors({});
    // A second tap while the first save is on its way stores nothing twice.
    return run(async () => {
      try {
        return await store(checked.value);
      } catch (error) {
        const issues = issuesOf(error);
        const byField = issues ? errorsByField(issues) : {};
        const shown = options.fields
          ? Object.fromEntries(Object.entries(byField).filter(([field]) => options.fields!.includes(field)))
          : byField;
        if (Object.keys(shown).length > 0) setErrors(shown);
        else setFailed(true);
        return undefined;
      }
    });
  }

  return { errors, failed, saving, save };
}

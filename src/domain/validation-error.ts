import type { z } from 'zod';

/** A record the domain schema refused; `issues` say which fields and why (see validation-issue.ts). */
export class ValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('validation failed');
    this.name = 'ValidationError';
  }
}

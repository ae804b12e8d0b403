import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrors, validationKey } from './validation-issue';

describe('validation keys', () => {
  it.each([
    ['validation.required', 'validation.required'],
    ['validation.endBeforeStart', 'validation.endBeforeStart'],
    // A key nobody wrote a sentence for would show as raw text: it reads as "invalid".
    ['validation.noSuchReason', 'validation.invalid'],
    ['Invalid input: expected string, received number', 'validation.invalid'],
    ['', 'validation.invalid'],
  ])('reads the message %j as %s', (message, key) => {
    expect(validationKey(message)).toBe(key);
  });

  it("gives each refused field its schema's key and values", () => {
    const schema = z.object({ title: z.string().min(1, 'validation.required').max(3, 'validation.tooLong') });
    const issues = schema.safeParse({ title: 'Kaffe' }).error?.issues ?? [];
    expect(fieldErrors(issues)).toEqual([{ field: 'title', key: 'validation.tooLong', values: { max: 3 } }]);
  });
});

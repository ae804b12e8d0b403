import { describe, expect, it } from 'vitest';
import { meetingSchema } from './meeting';
import { shortTitleMax } from './text';
import { errorsByField } from './validation-issue';

const valid = {
  id: '00000000-0000-4000-8000-000000000001',
  councilId: '00000000-0000-4000-8000-000000000002',
  title: 'Forårsmøde',
  startsAt: '2025-03-04T10:00:00.000Z',
  endsAt: '2025-03-04T11:00:00.000Z',
};

function issuesOf(input: unknown) {
  const result = meetingSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues;
}

describe('meeting schema', () => {
  it('accepts a meeting and fills in the defaults', () => {
    const result = meetingSchema.parse(valid);
    expect(result).toMatchObject({ status: 'planned', isOpen: false });
  });

  it.each([
    { name: 'ends before it starts', endsAt: '2025-03-04T09:00:00.000Z' },
    { name: 'ends when it starts', endsAt: valid.startsAt },
    { name: 'ends earlier, written with a time zone offset', endsAt: '2025-03-04T10:30:00+02:00' },
  ])('refuses a meeting that $name, at endsAt', ({ endsAt }) => {
    const issues = issuesOf({ ...valid, endsAt });
    expect(errorsByField(issues).endsAt).toMatchObject({ key: 'validation.endBeforeStart' });
  });

  it.each([
    {
      name: 'seconds with and without milliseconds',
      startsAt: '2025-03-04T10:00:00Z',
      endsAt: '2025-03-04T10:00:00.500Z',
    },
    { name: 'different time zone offsets', startsAt: '2025-03-04T10:00:00+02:00', endsAt: '2025-03-04T09:30:00Z' },
  ])('accepts an end after the start with $name', ({ startsAt, endsAt }) => {
    expect(meetingSchema.safeParse({ ...valid, startsAt, endsAt }).success).toBe(true);
  });

  it.each([
    { name: 'empty', title: '' },
    { name: 'only spaces', title: '   ' },
    { name: 'only a tab and a newline', title: '\t\n' },
    { name: 'missing', title: undefined },
  ])('refuses a title that is $name as required', ({ title }) => {
    const issues = issuesOf({ ...valid, title });
    expect(errorsByField(issues).title).toMatchObject({ key: 'validation.required' });
  });

  it('refuses a title that is too long and tells the form the maximum', () => {
    const issues = issuesOf({ ...valid, title: 'x'.repeat(shortTitleMax + 1) });
    expect(errorsByField(issues).title).toEqual({
      field: 'title',
      key: 'validation.tooLong',
      values: { max: shortTitleMax },
    });
  });

  it('trims the title before measuring it', () => {
    const result = meetingSchema.parse({ ...valid, title: `  ${'x'.repeat(shortTitleMax)}  ` });
    expect(result.title).toBe('x'.repeat(shortTitleMax));
  });

  it('refuses a start that is not a date', () => {
    const issues = issuesOf({ ...valid, startsAt: 'tomorrow' });
    expect(errorsByField(issues).startsAt).toMatchObject({ key: 'validation.invalidDate' });
  });
});

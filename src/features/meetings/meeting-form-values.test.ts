import { describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { isDateBeforeToday, meetingFromForm, type MeetingFormValues } from './meeting-form-values';

const base = { id: newId(), councilId: newId(), status: 'planned' as const };
const good: MeetingFormValues = {
  title: 'Brugerrådsmøde',
  date: '2026-12-01',
  start: '10:00',
  end: '11:00',
  location: ' Fælleshuset ',
  isOpen: true,
};

describe('meetingFromForm', () => {
  it('builds a meeting from good input', () => {
    const outcome = meetingFromForm(good, base);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.meeting.location).toBe('Fælleshuset');
    expect(outcome.meeting.isOpen).toBe(true);
    expect(new Date(outcome.meeting.startsAt).getHours()).toBe(10);
  });

  it('leaves an empty place out', () => {
    const outcome = meetingFromForm({ ...good, location: '  ' }, base);
    expect(outcome.ok && outcome.meeting.location).toBeUndefined();
  });

  it.each([
    ['an empty title', { title: '   ' }, 'title', 'validation.required'],
    ['an end before the start', { end: '09:00' }, 'end', 'validation.endBeforeStart'],
    ['an end equal to the start', { end: '10:00' }, 'end', 'validation.endBeforeStart'],
    ['a missing date', { date: '' }, 'date', 'validation.invalidDate'],
    ['a missing start time', { start: '' }, 'start', 'validation.invalidDate'],
  ] as const)('refuses %s', (_name, change, field, key) => {
    const outcome = meetingFromForm({ ...good, ...change }, base);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[field]?.key).toBe(key);
  });

  it('reports an empty title and a wrong end time together', () => {
    const outcome = meetingFromForm({ ...good, title: '', end: '08:00' }, base);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.title?.key).toBe('validation.required');
    expect(outcome.errors.end?.key).toBe('validation.endBeforeStart');
  });
});

describe('isDateBeforeToday', () => {
  const now = new Date(2026, 5, 10, 14, 30); // 10 June 2026, 14:30 on the tablet

  it.each([
    ['yesterday', '2026-06-09', true],
    ['last year', '2025-12-31', true],
    ['today, even if the start time has passed', '2026-06-10', false],
    ['tomorrow', '2026-06-11', false],
    ['an empty field', '', false],
    ['a malformed date', '2026-6-9', false],
  ])('%s', (_name, date, past) => {
    expect(isDateBeforeToday(date, now)).toBe(past);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultMeetingTimes, fieldsFromMeeting, nextWeekday, toIsoInstant } from './meeting-times';

describe('meeting times', () => {
  it.each([
    ['Monday', new Date(2026, 10, 23, 9), '2026-11-24'],
    ['Thursday', new Date(2026, 10, 26, 9), '2026-11-27'],
    ['Friday', new Date(2026, 10, 27, 9), '2026-11-30'],
    ['Saturday', new Date(2026, 10, 28, 9), '2026-11-30'],
    ['Sunday', new Date(2026, 10, 29, 9), '2026-11-30'],
  ])('proposes the next weekday after a %s', (_day, now, expected) => {
    expect(defaultMeetingTimes(now)).toEqual({ date: expected, start: '10:00', end: '11:00' });
  });

  it('never proposes a weekend day', () => {
    for (let day = 0; day < 14; day++) {
      const weekday = nextWeekday(new Date(2026, 0, 1 + day)).getDay();
      expect(weekday).not.toBe(0);
      expect(weekday).not.toBe(6);
    }
  });

  it('turns local fields into an instant and back', () => {
    const startsAt = toIsoInstant('2026-12-01', '10:30');
    const endsAt = toIsoInstant('2026-12-01', '11:15');
    expect(fieldsFromMeeting({ startsAt, endsAt })).toEqual({ date: '2026-12-01', start: '10:30', end: '11:15' });
  });

  it.each([
    ['', '10:00'],
    ['2026-12-01', ''],
    ['1/12/2026', '10:00'],
    ['2026-12-01', '25:00'],
  ])('gives no instant for date %j and time %j', (date, time) => {
    expect(toIsoInstant(date, time)).toBe('');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatClockTime,
  formatDueDate,
  formatInstantDate,
  formatMeetingDay,
  formatMeetingDayAtLineStart,
  formatMeetingStart,
  formatMeetingTimeRange,
  formatMegabytes,
  formatNameList,
  formatPercent,
  localCalendarDay,
  meetingClock,
  meetingDayParts,
  spokenTime,
} from './format';

// 2026-12-01 10:00 in Copenhagen (winter time, UTC+1).
const tuesdayTen = '2026-12-01T09:00:00.000Z';
const tuesdayEleven = '2026-12-01T10:00:00.000Z';

describe('meeting times', () => {
  it.each([
    ['da', 'tirsdag den 1. december 2026'],
    ['en', 'Tuesday, 1 December 2026'],
  ])('names the meeting day in %s', (lang, expected) => {
    expect(formatMeetingDay(tuesdayTen, lang)).toBe(expected);
  });

  it.each([
    ['da', 'Tirsdag den 1. december 2026'],
    ['en', 'Tuesday, 1 December 2026'],
  ])('capitalises the day where it starts a line in %s', (lang, expected) => {
    expect(formatMeetingDayAtLineStart(tuesdayTen, lang)).toBe(expected);
  });

  it.each([
    ['da', '10.00–11.00'],
    ['en', '10:00–11:00'],
  ])('shows the time range in %s', (lang, expected) => {
    expect(formatMeetingTimeRange(tuesdayTen, tuesdayEleven, lang)).toBe(expected);
  });

  it.each([
    ['da', 'tirsdag den 14. april 2026 kl. 14.00'],
    ['en', 'Tuesday, 14 April 2026 at 14:00'],
  ])('shows day and clock of the start in %s (summer time)', (lang, expected) => {
    expect(formatMeetingStart('2026-04-14T12:00:00.000Z', lang)).toBe(expected);
  });

  it.each([
    ['da', '1. december 2026'],
    ['en', '1 December 2026'],
  ])('shows an instant as a date without weekday in %s', (lang, expected) => {
    expect(formatInstantDate(tuesdayTen, lang)).toBe(expected);
  });

  it.each([
    ['da', { weekday: 'tirsdag', day: 1, month: 'december' }],
    ['en', { weekday: 'Tuesday', day: 1, month: 'December' }],
  ])('gives the parts of an easy-read day in %s', (lang, expected) => {
    expect(meetingDayParts(tuesdayTen, lang)).toEqual(expected);
  });

  it.each([
    ['da', tuesdayTen, '10'],
    ['en', tuesdayTen, '10'],
    ['da', '2026-12-01T08:30:00.000Z', '9.30'],
    ['en', '2026-12-01T13:05:00.000Z', '14:05'],
  ])('says a time in %s (%s) as %j', (lang, iso, expected) => {
    expect(spokenTime(iso, lang)).toBe(expected);
  });

  it.each([
    // Spring forward, 29 March 2026: 02.00 becomes 03.00.
    ['da', '2026-03-29T00:30:00.000Z', 'søndag den 29. marts 2026 kl. 01.30'],
    ['da', '2026-03-29T01:30:00.000Z', 'søndag den 29. marts 2026 kl. 03.30'],
    ['en', '2026-03-29T01:30:00.000Z', 'Sunday, 29 March 2026 at 03:30'],
    // Fall back, 25 October 2026: 02.30 happens twice.
    ['da', '2026-10-25T00:30:00.000Z', 'søndag den 25. oktober 2026 kl. 02.30'],
    ['en', '2026-10-25T01:30:00.000Z', 'Sunday, 25 October 2026 at 02:30'],
  ])('follows the clock change in %s: %s is %j', (lang, iso, expected) => {
    expect(formatMeetingStart(iso, lang)).toBe(expected);
  });

  it('reads the hour across the autumn clock change on the facility clock', () => {
    expect(formatMeetingTimeRange('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', 'da')).toBe('02.30–02.30');
    expect(meetingClock('2026-10-25T01:30:00.000Z')).toEqual({ hour: 2, minutes: 30 });
  });

  describe('on a device set to another time zone', () => {
    const deviceZone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = deviceZone;
    });

    it.each([
      ['da', 'tirsdag den 16. juni 2026', '00.30–01.30'],
      ['en', 'Tuesday, 16 June 2026', '00:30–01:30'],
    ])('still shows Copenhagen time in %s', (lang, day, range) => {
      process.env.TZ = 'America/New_York';
      const start = '2026-06-15T22:30:00.000Z';
      expect(new Date(start).getHours()).toBe(18);
      expect(formatMeetingDay(start, lang)).toBe(day);
      expect(formatMeetingTimeRange(start, '2026-06-15T23:30:00.000Z', lang)).toBe(range);
    });
  });
});

describe('calendar days', () => {
  it.each([
    ['da', '2026-01-10', '10. januar 2026'],
    ['en', '2026-01-10', '10 January 2026'],
    ['da', '2026-03-29', '29. marts 2026'],
    ['en', '2026-10-25', '25 October 2026'],
  ])('names a calendar day in %s: %s', (lang, day, expected) => {
    expect(formatCalendarDay(day, lang)).toBe(expected);
  });

  it.each([
    ['da', '2026-05-01', 'fredag den 1. maj 2026'],
    ['en', '2026-05-01', 'Friday, 1 May 2026'],
    ['da', '2026-10-25', 'søndag den 25. oktober 2026'],
  ])('names a due date with its weekday in %s: %s', (lang, day, expected) => {
    expect(formatDueDate(day, lang)).toBe(expected);
  });

  describe('on a device set to another time zone', () => {
    const deviceZone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = deviceZone;
    });

    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('keeps the day in %s', (zone) => {
      process.env.TZ = zone;
      expect(formatDueDate('2026-05-01', 'da')).toBe('fredag den 1. maj 2026');
    });
  });

  it.each([
    [new Date(2026, 0, 5, 23, 59), '2026-01-05'],
    [new Date(2026, 11, 31, 0, 0), '2026-12-31'],
  ])('writes the device day %s as %s', (now, expected) => {
    expect(localCalendarDay(now)).toBe(expected);
  });
});

describe('numbers', () => {
  it.each([
    ['da', 12.54 * 1024 * 1024, '12,5'],
    ['en', 12.54 * 1024 * 1024, '12.5'],
    ['da', 3 * 1024 * 1024, '3'],
  ])('shows storage in megabytes in %s', (lang, bytes, expected) => {
    expect(formatMegabytes(bytes, lang)).toBe(expected);
  });

  it.each([
    ['da', 0.75, '75\u00a0%'],
    ['en', 0.75, '75%'],
    ['da', 1, '100\u00a0%'],
  ])('shows a share as a percentage in %s', (lang, share, expected) => {
    expect(formatPercent(share, lang)).toBe(expected);
  });

  it.each([
    ['da', ['Anna', 'Bo', 'Carl'], 'Anna, Bo og Carl'],
    ['en', ['Anna', 'Bo', 'Carl'], 'Anna, Bo and Carl'],
    ['da', ['Anna'], 'Anna'],
  ])('joins names as in speech in %s', (lang, names, expected) => {
    expect(formatNameList(names, lang)).toBe(expected);
  });
});

describe('formatClockTime', () => {
  it.each([
    ['da', '10.00'],
    ['en', '10:00'],
  ])('shows an instant on the facility’s clock in %s', (lang, expected) => {
    expect(formatClockTime(tuesdayTen, lang)).toBe(expected);
  });
});

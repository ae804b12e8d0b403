// Converts between the meeting form's local date/time fields and the ISO instants stored on a
// meeting. The form works in the tablet's own time zone, which is the facility's.
import { localCalendarDay } from '../../i18n/format';

export interface MeetingTimeFields {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  start: string;
  /** HH:MM */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localTime(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Tomorrow if that is a weekday, otherwise the Monday after. */
export function nextWeekday(now: Date): Date {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  while (next.getDay() === 0 || next.getDay() === 6) next.setDate(next.getDate() + 1);
  return next;
}

/** A new meeting starts on the next weekday, 10:00–11:00. */
export function defaultMeetingTimes(now: Date): MeetingTimeFields {
  return { date: localCalendarDay(nextWeekday(now)), start: '10:00', end: '11:00' };
}

export function isValidDateField(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(new Date(`${date}T00:00`).getTime());
}

export function isValidTimeField(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** The ISO instant of a local date and time, or '' when either is missing or malformed. */
export function toIsoInstant(date: string, time: string): string {
  if (!isValidDateField(date) || !isValidTimeField(time)) return '';
  const instant = new Date(`${date}T${time}`);
  return Number.isNaN(instant.getTime()) ? '' : instant.toISOString();
}

export function fieldsFromMeeting(meeting: { startsAt: string; endsAt: string }): MeetingTimeFields {
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  return { date: localCalendarDay(start), start: localTime(start), end: localTime(end) };
}

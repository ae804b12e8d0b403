// How Rådet writes dates, times and numbers in Danish and English, in one place so every screen
// says the same thing the same way. Pass the UI language (`i18n.language`).
//
// Two kinds of date travel through the app, and they are shown differently:
// - an instant (a meeting's start and end, when minutes were finished) is an ISO timestamp and is
//   always shown in the facility's time zone, Europe/Copenhagen, whatever zone the device is set
//   to, so two tablets never disagree about when a meeting is;
// - a calendar day (a due date, a term's start and end, an election day) is `YYYY-MM-DD` with no
//   time zone at all, and is shown as exactly that day.

const meetingTimeZone = 'Europe/Copenhagen';

function intlLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'da-DK';
}

function inCopenhagen(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(language), { ...options, timeZone: meetingTimeZone });
}

const dayInWords = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const dateInWords = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const clock = { hour: '2-digit', minute: '2-digit' } as const;

function capitalise(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(language)) + text.slice(1);
}

/** The day a meeting is on: "tirsdag den 1. december 2026" / "Tuesday 1 December 2026". */
export function formatMeetingDay(iso: string, language: string): string {
  return inCopenhagen(language, dayInWords).format(new Date(iso));
}

/** The meeting's day where it starts a line: "Tirsdag den 1. december 2026". */
export function formatMeetingDayAtLineStart(iso: string, language: string): string {
  return capitalise(formatMeetingDay(iso, language), language);
}

/** From start to end on the clock: "10.00–11.00" / "10:00–11:00". */
export function formatMeetingTimeRange(startsAt: string, endsAt: string, language: string): string {
  const format = inCopenhagen(language, clock);
  return `${format.format(new Date(startsAt))}–${format.format(new Date(endsAt))}`;
}

/** Day and clock together: "tirsdag den 14. april 2026 kl. 14.00" / "Tuesday 14 April 2026 at 14:00". */
export function formatMeetingStart(iso: string, language: string): string {
  return inCopenhagen(language, { ...dayInWords, ...clock }).format(new Date(iso));
}

/** An instant as a date without the weekday: "1. december 2026" (a past meeting, finished minutes). */
export function formatInstantDate(iso: string, language: string): string {
  return inCopenhagen(language, dateInWords).format(new Date(iso));
}

/** An instant on the facility's clock: "14.05" / "14:05" (when this device last synced). */
export function formatClockTime(iso: string, language: string): string {
  return inCopenhagen(language, clock).format(new Date(iso));
}

/** The parts an easy-read sentence is built from: "tirsdag", 1, "december", on the facility's clock. */
export function meetingDayParts(iso: string, language: string): { weekday: string; day: number; month: string } {
  const date = new Date(iso);
  return {
    weekday: inCopenhagen(language, { weekday: 'long' }).format(date),
    day: Number(inCopenhagen(language, { day: 'numeric' }).format(date)),
    month: inCopenhagen(language, { month: 'long' }).format(date),
  };
}

/** Hour (0–23) and minutes on the facility's clock, for times said aloud ("klokken 10"). */
export function meetingClock(iso: string): { hour: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { ...clock, hourCycle: 'h23', timeZone: meetingTimeZone })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return { hour: Number(parts.hour), minutes: Number(parts.minute) };
}

/** A time as it is said, not printed: "10" on the hour, "10.30" (da) / "10:30" (en) otherwise. */
export function spokenTime(iso: string, language: string): string {
  const { hour, minutes } = meetingClock(iso);
  if (minutes === 0) return String(hour);
  return `${hour}${language.startsWith('en') ? ':' : '.'}${String(minutes).padStart(2, '0')}`;
}

// Noon UTC of the named day, formatted in UTC: the same day on every device.
function calendarDay(isoDate: string): Date {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** A calendar day: "10. januar 2026" / "10 January 2026" (election days, terms). */
export function formatCalendarDay(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { ...dateInWords, timeZone: 'UTC' }).format(
    calendarDay(isoDate),
  );
}

/** A decision's due date, with its weekday: "fredag den 1. maj 2026" / "Friday 1 May 2026". */
export function formatDueDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { ...dayInWords, timeZone: 'UTC' }).format(calendarDay(isoDate));
}

/** The device's own calendar day as `YYYY-MM-DD`, for comparing with calendar days. */
export function localCalendarDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Bytes as megabytes with at most one decimal: "12,5" / "12.5" (the unit is in the sentence). */
export function formatMegabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** A share from 0 to 1 as a percentage: "75 %" / "75%". */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent' }).format(share);
}

/** Names joined as in speech: "Anna, Bo og Carl" / "Anna, Bo and Carl". */
export function formatNameList(names: readonly string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(names);
}

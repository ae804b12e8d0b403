// How staff screens show when a meeting is: "tirsdag 1. december 2026, 10.00–11.00".
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

export function formatMeetingDate(startsAt: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(startsAt));
}

export function formatMeetingTimeRange(startsAt: string, endsAt: string, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit' });
  return `${format.format(new Date(startsAt))}–${format.format(new Date(endsAt))}`;
}

export function meetingLengthMinutes(meeting: { startsAt: string; endsAt: string }): number {
  return Math.round((Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / 60000);
}

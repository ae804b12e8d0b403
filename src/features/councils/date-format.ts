/** Intl locale for the UI language: Danish dates for Danish, British English for English. */
export function dateLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'da-DK';
}

export function formatMeetingWhen(startsAt: string, endsAt: string, language: string): { date: string; time: string } {
  const locale = dateLocale(language);
  const weekdayFirst = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(startsAt));
  // "mandag den 30. november" starts a line here, so it gets a capital letter.
  const date = weekdayFirst.charAt(0).toLocaleUpperCase(locale) + weekdayFirst.slice(1);
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return { date, time: `${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}` };
}

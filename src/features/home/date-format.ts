/** Intl locale for the UI language: Danish dates for Danish, British English for English. */
export function dateLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'da-DK';
}

export function formatMeetingDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

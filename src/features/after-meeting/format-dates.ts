const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'da-DK');

/** "tirsdag den 14. april 2026 kl. 14.00" */
export function formatMeetingTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A calendar date in words, "fredag den 1. maj 2026". Noon keeps the day in every time zone. */
export function formatDay(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00`));
}

/** A stored timestamp as a date in words, in the device's time zone. */
export function formatTimestampDay(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

// Dates and times said the easy way: "Tirsdag den 1. december klokken 10", not "01.12.26 10:00".
import type { TFunction } from 'i18next';

function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "10" for a whole hour, "10.30" (da) or "10:30" (en) otherwise; hours without a leading zero. */
export function easyTime(date: Date, t: TFunction): string {
  const hour = date.getHours();
  const minutes = date.getMinutes();
  return minutes === 0
    ? t('when.wholeHour', { hour })
    : t('when.hourMinutes', { hour, minutes: String(minutes).padStart(2, '0') });
}

export function easyDay(date: Date, language: string, t: TFunction): string {
  const locale = intlLocale(language);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(date);
  const month = new Intl.DateTimeFormat(locale, { month: 'long' }).format(date);
  return t('when.day', { weekday: capitalise(weekday), day: date.getDate(), month });
}

/** "Tirsdag den 1. december klokken 10" */
export function easyStart(startsAt: string, language: string, t: TFunction): string {
  const start = new Date(startsAt);
  return t('when.dayAndTime', { day: easyDay(start, language, t), time: easyTime(start, t) });
}

/** "Mødet slutter klokken 11." */
export function easyEnd(endsAt: string, t: TFunction): string {
  return t('when.ends', { time: easyTime(new Date(endsAt), t) });
}

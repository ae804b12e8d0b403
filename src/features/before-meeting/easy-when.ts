// Dates and times said the easy way: "Tirsdag den 1. december klokken 10", not "01.12.26 10:00".
// The sentences are built here from the before-meeting strings; the day and clock parts come
// from i18n/format, on the facility's clock like every other meeting time.
import type { TFunction } from 'i18next';
import { meetingClock, meetingDayParts } from '../../i18n/format';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "10" for a whole hour, "10.30" (da) or "10:30" (en) otherwise; hours without a leading zero. */
function easyTime(iso: string, t: TFunction<'before-meeting'>): string {
  const { hour, minutes } = meetingClock(iso);
  return minutes === 0
    ? t('when.wholeHour', { hour })
    : t('when.hourMinutes', { hour, minutes: String(minutes).padStart(2, '0') });
}

function easyDay(iso: string, language: string, t: TFunction<'before-meeting'>): string {
  const { weekday, day, month } = meetingDayParts(iso, language);
  return t('when.day', { weekday: capitalise(weekday), day, month });
}

/** "Tirsdag den 1. december klokken 10" */
export function easyStart(startsAt: string, language: string, t: TFunction<'before-meeting'>): string {
  return t('when.dayAndTime', { day: easyDay(startsAt, language, t), time: easyTime(startsAt, t) });
}

/** "Mødet slutter klokken 11." */
export function easyEnd(endsAt: string, t: TFunction<'before-meeting'>): string {
  return t('when.ends', { time: easyTime(endsAt, t) });
}

// An overwritten value in plain words: text as it was, yes/no, an empty field, a date, a picture.
import type { TFunction } from 'i18next';
import { formatClockTime, formatInstantDate } from '../../i18n/format';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const mediaHash = /^[0-9a-f]{64}$/;

export function describeValue(value: unknown, t: TFunction<'connect'>, language: string): string {
  if (value === null || value === undefined || value === '') return t('overwritten.value.empty');
  if (typeof value === 'boolean') return value ? t('overwritten.value.yes') : t('overwritten.value.no');
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (typeof value === 'string') {
    if (mediaHash.test(value)) return t('overwritten.value.picture');
    if (isoInstant.test(value) && !Number.isNaN(Date.parse(value))) {
      return `${formatInstantDate(value, language)} ${formatClockTime(value, language)}`;
    }
    return `“${value}”`;
  }
  return t('overwritten.value.other');
}

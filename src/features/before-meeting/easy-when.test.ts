import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { easyEnd, easyStart } from './easy-when';

function tFor(language: 'da' | 'en') {
  initI18n(language);
  return i18next.getFixedT(language, 'before-meeting');
}

describe('easy dates', () => {
  it.each([
    ['da', new Date(2026, 11, 1, 10, 0), 'Tirsdag den 1. december klokken 10'],
    ['da', new Date(2026, 11, 1, 9, 30), 'Tirsdag den 1. december klokken 9.30'],
    ['en', new Date(2026, 11, 1, 10, 0), "Tuesday 1 December at 10 o'clock"],
    ['en', new Date(2026, 11, 1, 14, 5), 'Tuesday 1 December at 14:05'],
  ] as const)('says the start in %s as easy words', (language, date, expected) => {
    expect(easyStart(date.toISOString(), language, tFor(language))).toBe(expected);
  });

  it('says when the meeting ends', () => {
    expect(easyEnd(new Date(2026, 11, 1, 11).toISOString(), tFor('da'))).toBe('Mødet slutter klokken 11.');
  });
});

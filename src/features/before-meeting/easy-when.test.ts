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

  it.each([
    // The first meeting after the spring clock change, and one at 02.30 the night it falls back.
    ['da', '2026-03-29T08:00:00.000Z', 'Søndag den 29. marts klokken 10'],
    ['en', '2026-10-25T01:30:00.000Z', 'Sunday 25 October at 2:30'],
  ] as const)('says the start in %s on the facility clock across a clock change', (language, iso, expected) => {
    expect(easyStart(iso, language, tFor(language))).toBe(expected);
  });

  it('says when the meeting ends', () => {
    expect(easyEnd(new Date(2026, 11, 1, 11).toISOString(), tFor('da'))).toBe('Mødet slutter klokken 11.');
  });
});

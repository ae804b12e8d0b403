import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { describeValue } from './overwritten-value';

describe('an overwritten value in plain words', () => {
  it.each([
    ['Sommermøde', '“Sommermøde”'],
    [null, 'tom'],
    ['', 'tom'],
    [true, 'ja'],
    [false, 'nej'],
    [1500, '1.500'],
    ['a'.repeat(64), 'et billede'],
    ['2026-03-04T10:00:00.000Z', '4. marts 2026 11.00'],
    [['a', 'b'], 'en anden indstilling'],
  ])('describes %j in Danish as %s', async (value, words) => {
    const i18n = await initI18n('da');
    await i18n.loadNamespaces('connect');
    expect(describeValue(value, i18n.getFixedT('da', 'connect'), 'da')).toBe(words);
  });
});

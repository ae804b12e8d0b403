import { describe, expect, it } from 'vitest';
import { requiredText } from './text';

describe('requiredText', () => {
  const title = requiredText(60);

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['a word joiner and a byte-order mark', '\u2060\ufeff'],
    ['a Hangul filler', '\u3164'],
    ['a blank Braille pattern', '\u2800\u2800'],
    ['no-break and thin spaces', '\u00a0\u2009'],
  ])('counts a text of only %s as missing', (_label, text) => {
    const result = title.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.required');
  });

  it('keeps a real title, even with an invisible character in it', () => {
    expect(title.parse('  Sommertur\u200b  ')).toBe('Sommertur\u200b');
    expect(title.parse('Æbler 🍎')).toBe('Æbler 🍎');
  });
});

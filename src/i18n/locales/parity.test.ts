// Danish and English must be complete: the same files, the same keys, no empty text, and the
// same {{placeholders}} in each pair, so switching language never shows a key or a hole.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = (lang: string) => path.join(import.meta.dirname, lang);
const files = (lang: string) =>
  readdirSync(folder(lang))
    .filter((name) => name.endsWith('.json'))
    .sort();

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const load = (lang: string, file: string) => flatten(JSON.parse(readFileSync(path.join(folder(lang), file), 'utf8')));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('types the keys of every namespace (src/i18n/i18next.d.ts lists each Danish file)', () => {
    const declaration = readFileSync(path.join(import.meta.dirname, '..', 'i18next.d.ts'), 'utf8');
    for (const file of files('da')) expect(declaration, file).toContain(`'./locales/da/${file}'`);
  });

  it('has the same namespace files in Danish and English', () => {
    expect(files('en')).toEqual(files('da'));
  });

  describe.each(files('da'))('%s', (file) => {
    const da = load('da', file);
    const en = load('en', file);

    it('has exactly the same keys', () => {
      expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
    });

    it('has no empty text', () => {
      const empty = [...da, ...en].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('uses the same placeholders in both languages', () => {
      const differ = [...da.keys()].filter(
        (key) => en.has(key) && placeholders(da.get(key)!).join() !== placeholders(en.get(key)!).join(),
      );
      expect(differ).toEqual([]);
    });
  });
});

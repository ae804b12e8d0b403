// Rådet sends nothing anywhere and publishes nothing: the minutes are finished, printed and
// read on the tablet. No string may claim otherwise, and staff are "medarbejdere" everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = (lang: string) => path.join(import.meta.dirname, lang);

function strings(lang: string): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') found.push({ where, text: value });
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
  };
  for (const file of readdirSync(folder(lang)).filter((name) => name.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(path.join(folder(lang), file), 'utf8')), file.replace(/\.json$/, ''));
  }
  return found;
}

describe('what the app claims', () => {
  it.each([
    ['da', /sendt|sende[rs]?\b|offentligg|udsend/i],
    ['en', /\bsent\b|\bsend(s|ing)?\b|publish/i],
  ])('never says in %s that something was sent or published', (lang, claim) => {
    expect(strings(lang).filter(({ text }) => claim.test(text))).toEqual([]);
  });

  it('calls staff "medarbejder" in Danish, never "personale"', () => {
    expect(strings('da').filter(({ text }) => /personale/i.test(text))).toEqual([]);
  });
});

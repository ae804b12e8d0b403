import { describe, expect, it } from 'vitest';
import da from '../../i18n/locales/da/setup.json';
import { examplePortraits, portraitSvg } from './example-portraits';

describe('example portraits', () => {
  const people = Object.keys(da.example.members);

  it('has a portrait for every example person', () => {
    expect(Object.keys(examplePortraits).sort()).toEqual([...people].sort());
  });

  it.each(Object.entries(examplePortraits))('draws %s as a well-formed SVG of 72×72', (_key, spec) => {
    const doc = new DOMParser().parseFromString(portraitSvg(spec), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 72 72');
    // No text inside a picture: names are data and are spoken separately.
    expect(doc.getElementsByTagName('text')).toHaveLength(0);
  });

  it('gives everyone a face of their own', () => {
    const drawings = Object.values(examplePortraits).map(portraitSvg);
    expect(new Set(drawings).size).toBe(drawings.length);
  });
});

// @vitest-environment node
/// <reference types="node" />
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import manifestJson from '../../pictograms/manifest.json';
import { pictogramLabel, pictogramManifestSchema } from './pictogram-manifest';

const pictogramDir = fileURLToPath(new URL('../../pictograms/', import.meta.url));
const manifest = pictogramManifestSchema.parse(manifestJson);

const requiredIds = [
  'agenda',
  'vote',
  'yes',
  'no',
  'dont-know',
  'decision',
  'break',
  'coffee',
  'meeting',
  'council',
  'welcome',
  'information',
  'discussion',
  'round-the-table',
  'my-turn',
  'pause',
  'stop',
  'repeat',
  'dont-understand',
  'finished',
  'since-last-time',
  'minutes',
  'follow-up',
  'responsible-person',
  'calendar',
  'clock',
  'election',
  'candidate',
  'wish',
  'relatives',
  'staff',
  'guest',
  'resident',
  'new-resident',
  'food',
  'cake',
  'shopping',
  'money',
  'bus-trip',
  'holiday',
  'party',
  'christmas',
  'garden',
  'cleaning',
  'laundry',
  'house-rules',
  'tv-music',
  'sport',
  'doctor',
  'fire-drill',
  'room-furniture',
  'pet',
  'internet',
  'weather',
  'complaint',
  'praise',
  'house',
  'people-group',
  // second batch
  'noise',
  'quiet',
  'birthday',
  'menu',
  'idea',
  'transport',
  'music',
  'tv',
  'train',
  'bicycle',
  'walk',
  'swimming',
  'games',
  'art',
  'cinema',
  'book',
  'phone',
  'computer',
  'kitchen',
  'dishes',
  'trash',
  'shower',
  'bed',
  'medicine',
  'dentist',
  'work',
  'hello',
  'thank-you',
  'question',
  'listen',
  'speak',
  'sun',
  'rain',
  'snow',
  'budget',
];

describe('pictogram manifest', () => {
  it('validates against the schema', () => {
    expect(pictogramManifestSchema.safeParse(manifestJson).success).toBe(true);
    expect(manifest.version).toBe(1);
  });

  it('has at least 88 entries with unique ids', () => {
    expect(manifest.pictograms.length).toBeGreaterThanOrEqual(88);
    const ids = manifest.pictograms.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('contains every required id', () => {
    const ids = new Set(manifest.pictograms.map((p) => p.id));
    expect(requiredIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has non-empty labels in da and en, at most 3 words in Danish', () => {
    for (const p of manifest.pictograms) {
      expect(pictogramLabel(p, 'da').length, p.id).toBeGreaterThan(0);
      expect(pictogramLabel(p, 'en').length, p.id).toBeGreaterThan(0);
      expect(p.labels.da.trim()).toBe(p.labels.da);
      expect(p.labels.da.split(/\s+/).length, p.id).toBeLessThanOrEqual(3);
    }
  });

  it('has 2–5 synonyms per locale', () => {
    for (const p of manifest.pictograms) {
      for (const lang of ['da', 'en'] as const) {
        expect(p.synonyms[lang].length, `${p.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(p.synonyms[lang].length, `${p.id} ${lang}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('points at existing, small, safe SVG files', () => {
    for (const p of manifest.pictograms) {
      const file = pictogramDir + p.file;
      expect(existsSync(file), p.file).toBe(true);
      expect(statSync(file).size, p.file).toBeLessThan(4096);
      const svg = readFileSync(file, 'utf8');
      expect(svg, p.file).toMatch(/<svg[^>]*\sviewBox="0 0 72 72"/);
      expect(svg, p.file).not.toMatch(/<text[\s>]/i);
      expect(svg, p.file).not.toMatch(/<script[\s>]/i);
      expect(svg, p.file).not.toMatch(/<image[\s>]|@font-face|<foreignObject/i);
      expect(svg, p.file).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});

describe('pictogramLabel', () => {
  const entry = manifest.pictograms.find((p) => p.id === 'yes');

  it('returns the label in the requested language', () => {
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(pictogramLabel(entry, 'da')).toBe('Ja');
    expect(pictogramLabel(entry, 'en')).toBe('Yes');
  });

  it('falls back to Danish when the English label is blank', () => {
    if (!entry) return;
    expect(pictogramLabel({ ...entry, labels: { da: 'Ja', en: ' ' } }, 'en')).toBe('Ja');
  });
});

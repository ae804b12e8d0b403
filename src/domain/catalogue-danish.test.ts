// @vitest-environment node
/// <reference types="node" />
// The Danish symbol library: every symbol the Danish picker can show has a Danish name, and
// what Rådet leaves out (brands, regional flags, weapons, named people, symbols that could
// offend) is not there. Runs the build's pure selection over the real OpenMoji and emojibase
// data in node_modules, exactly as /catalogue/index.json is built.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCatalogueIndex,
  openMojiSelection,
  readDanishExtras,
  readOpenMojiRecords,
} from '../../scripts/build-catalogue';
import {
  countryFlagLabel,
  danishGenitive,
  danishNameFor,
  isUsableLabel,
  tidyCldrLabel,
} from '../../scripts/catalogue/danish-labels';
import {
  countryCodeOf,
  excludedSymbols,
  exclusionReason,
  keptTechnicalGlyphs,
} from '../../scripts/catalogue/exclusions';
import type { OpenMojiRecord, OpenMojiSelection } from '../../scripts/catalogue/select-openmoji';
import { openMojiId, type CatalogueIndex } from './catalogue-schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sameInDanish: { words: string[] } = JSON.parse(
  readFileSync(new URL('../../scripts/catalogue/same-in-danish.json', import.meta.url), 'utf8'),
);
const sameWords = new Set(sameInDanish.words.map((word) => word.toLocaleLowerCase('da')));

let records: OpenMojiRecord[];
let selection: OpenMojiSelection;
let catalogue: CatalogueIndex;
let shownIds: Set<string>;

beforeAll(() => {
  records = readOpenMojiRecords(root);
  selection = openMojiSelection(root);
  catalogue = buildCatalogueIndex(root);
  shownIds = new Set(catalogue.entries.map((entry) => entry.id));
});

const shownHexcodes = () => records.filter((r) => shownIds.has(openMojiId(r.hexcode)));

describe('Danish names (pure rules)', () => {
  it.each([
    ['Danmark', 'Danmarks flag'],
    ['Schweiz', "Schweiz' flag"],
    ['Bahamas', "Bahamas' flag"],
    ['USA', "USA's flag"],
    ['Den Europæiske Union', "EU's flag"],
    ['De Forenede Nationer', "FN's flag"],
    ['Færøerne', 'Færøernes flag'],
  ])('names the flag of %s "%s"', (country, label) => {
    expect(countryFlagLabel(country)).toBe(label);
  });

  it('writes the genitive a Dane would', () => {
    expect(danishGenitive('Grønland')).toBe('Grønlands');
    expect(danishGenitive('Laos')).toBe("Laos'");
  });

  it.each([
    ['mand: rødt hår', 'mand med rødt hår'],
    ['kvinde: skaldet', 'skaldet kvinde'],
    ['løber: mod højre', 'løber mod højre'],
    ['familie: mand, kvinde og dreng', 'familie med mand, kvinde og dreng'],
    ['kys: kvinde og mand', 'kys mellem kvinde og mand'],
    ['regional indikator Q', 'bogstavet Q'],
    ['fødselsdagskage', 'fødselsdagskage'],
  ])('turns CLDR\'s "%s" into "%s"', (cldr, danish) => {
    expect(tidyCldrLabel(cldr)).toBe(danish);
  });

  it.each([
    ['castile and le\uFFFDn flag', false],
    ['keycap: \\x{23}', false],
    ['bookmark..water pistol', false],
    ['  ', false],
    ['tekande', true],
  ])('accepts "%s" as a name: %s', (label, usable) => {
    expect(isUsableLabel(label)).toBe(usable);
  });

  it('prefers our own name, then emojibase, and gives none rather than English', () => {
    expect(danishNameFor({ label: 'kop' }, { label: 'Te', tags: ['tekrus'] })?.label).toBe('Te');
    expect(danishNameFor({ label: 'tekande', tags: ['te'] }, undefined)).toEqual({ label: 'tekande', tags: ['te'] });
    expect(danishNameFor(undefined, undefined)).toBeUndefined();
    expect(danishNameFor({ label: 'bookmark..water pistol' }, undefined)).toBeUndefined();
    expect(danishNameFor({ label: 'Danmark' }, { tags: ['Dannebrog'] }, true)).toEqual({
      label: 'Danmarks flag',
      tags: ['Dannebrog', 'Danmark', 'flag'],
    });
  });
});

describe('exclusion rules (pure)', () => {
  it.each([
    ['E040', 'extras-openmoji', 'brand', 'brand'],
    ['E1C9', 'extras-openmoji', 'technology', 'brand'],
    ['1F3F4-E0067-E0062-E0065-E006E-E0067-E007F', 'flags', 'subdivision-flag', 'regional-flag'],
    ['1F3F4-E0065-E0073-E0063-E006C-E007F', 'extras-unicode', 'subdivision-flag', 'regional-flag'],
    ['1F1E6-1F1E8', 'flags', 'country-flag', 'regional-flag'], // Ascension Island
    ['1F1E9-1F1F0', 'flags', 'country-flag', undefined], // Denmark
    ['1F1EC-1F1F1', 'flags', 'country-flag', undefined], // Greenland
    ['1F1EB-1F1F4', 'flags', 'country-flag', undefined], // Faroe Islands
    ['E42C', 'extras-openmoji', 'queer-symbols', 'niche-flag'],
    ['1F52B', 'activities', 'game', 'weapon'],
    ['E2DA', 'extras-openmoji', 'climate-environment', 'weapon'],
    ['1F52A', 'food-drink', 'dishware', undefined], // kitchen knife: cooking
    ['E183', 'extras-openmoji', 'people', 'named-person'],
    ['E188', 'extras-openmoji', 'people', 'named-person'],
    ['E181', 'extras-openmoji', 'people', 'offensive'],
    ['1F595', 'people-body', 'hand-single-finger', 'offensive'],
    ['1F193', 'symbols', 'alphanum', 'english-text'],
    ['2B1F', 'extras-unicode', 'symbol-other', 'technical-glyph'],
    ['2654', 'extras-unicode', 'symbol-other', undefined], // chess king
    ['1F382', 'food-drink', 'food-sweet', undefined],
  ])('%s (%s/%s) → %s', (hexcode, group, subgroups, reason) => {
    expect(exclusionReason({ hexcode, group, subgroups })).toBe(reason);
  });

  it('reads country codes from regional-indicator pairs', () => {
    expect(countryCodeOf('1F1E9-1F1F0')).toBe('DK');
    expect(countryCodeOf('1F3F4-E0067-E0062-E007F')).toBeUndefined();
  });
});

describe('the Danish symbol library', () => {
  it('leaves no symbol out for want of a Danish name (write one in da-labels.json)', () => {
    expect(selection.leftOut['no-danish-label'] ?? []).toEqual([]);
  });

  it('gives every symbol the Danish picker can show a Danish name, never the English one', () => {
    const english = catalogue.entries
      .filter((entry) => entry.labels.da.toLocaleLowerCase('da') === entry.labels.en.toLocaleLowerCase('en'))
      .filter((entry) => !sameWords.has(entry.labels.da.toLocaleLowerCase('da')))
      .map((entry) => `${entry.id} ${entry.labels.da}`);
    expect(english).toEqual([]);
  });

  it('keeps the list of words that are the same in Danish short and in use', () => {
    const used = new Set(
      catalogue.entries
        .filter((entry) => entry.labels.da.toLocaleLowerCase('da') === entry.labels.en.toLocaleLowerCase('en'))
        .map((entry) => entry.labels.da.toLocaleLowerCase('da')),
    );
    expect([...sameWords].filter((word) => !used.has(word))).toEqual([]);
  });

  it('has no garbled, escaped or CLDR-style "name: detail" labels', () => {
    const bad = catalogue.entries.filter(
      (entry) =>
        !isUsableLabel(entry.labels.da) ||
        entry.labels.da.includes(':') ||
        entry.tags.da.some((tag) => !isUsableLabel(tag)),
    );
    expect(bad.map((entry) => `${entry.id} ${entry.labels.da}`)).toEqual([]);
    expect(JSON.stringify(catalogue)).not.toContain('\uFFFD');
  });

  it('shows no brands, logos, regional flags, weapons, named people or offensive symbols', () => {
    const shown = shownHexcodes();
    expect(shown.filter((r) => r.subgroups === 'brand').map((r) => r.annotation)).toEqual([]);
    expect(shown.filter((r) => r.subgroups === 'subdivision-flag').map((r) => r.annotation)).toEqual([]);
    expect(shown.filter((r) => r.group.startsWith('extras-') && r.subgroups === 'flags')).toEqual([]);
    expect(shown.filter((r) => r.subgroups === 'queer-symbols')).toEqual([]);
    expect(shown.filter((r) => excludedSymbols[r.hexcode]).map((r) => r.annotation)).toEqual([]);
    for (const hexcode of ['E181', 'E2DA', 'E183', 'E188', '1F595', '1F52B', 'E040', 'E042', 'F8FF']) {
      expect(shownIds.has(openMojiId(hexcode)), hexcode).toBe(false);
    }
    const castile = records.find((r) => r.annotation.startsWith('castile and le'));
    expect(castile && shownIds.has(openMojiId(castile.hexcode))).toBe(false);
  });

  it('shows only the technical glyphs that mean something to a resident', () => {
    const glyphs = shownHexcodes().filter((r) => r.group.startsWith('extras-') && r.subgroups === 'symbol-other');
    expect(glyphs.every((r) => keptTechnicalGlyphs.has(r.hexcode))).toBe(true);
  });

  it('keeps the Nordic flags, with names a Dane uses', () => {
    const da = (hexcode: string) => catalogue.entries.find((e) => e.id === openMojiId(hexcode));
    expect(da('1F1E9-1F1F0')?.labels.da).toBe('Danmarks flag');
    expect(da('1F1E9-1F1F0')?.tags.da).toContain('Dannebrog');
    expect(da('1F1EC-1F1F1')?.labels.da).toBe('Grønlands flag');
    expect(da('1F1EB-1F1F4')?.labels.da).toBe('Færøernes flag');
    for (const hexcode of ['1F1F3-1F1F4', '1F1F8-1F1EA', '1F1EB-1F1EE', '1F1EE-1F1F8']) {
      expect(da(hexcode)?.labels.da, hexcode).toMatch(/s flag$/);
    }
  });

  it('writes names only for symbols that exist and are shown, and lists only real symbols', () => {
    const known = new Set(records.map((r) => r.hexcode));
    const own = [...readDanishExtras(root).keys()];
    expect(own.filter((hexcode) => !known.has(hexcode))).toEqual([]);
    expect(own.filter((hexcode) => !shownIds.has(openMojiId(hexcode)))).toEqual([]);
    expect(Object.keys(excludedSymbols).filter((hexcode) => !known.has(hexcode))).toEqual([]);
    expect([...keptTechnicalGlyphs].filter((hexcode) => !known.has(hexcode))).toEqual([]);
  });

  it('names the OpenMoji extras councils asked about in Danish', () => {
    const label = (hexcode: string) => catalogue.entries.find((e) => e.id === openMojiId(hexcode))?.labels.da;
    expect(label('E308')).toBe('Hjerterytme'); // ecg waves
    expect(label('E30C')).toBe('Drop'); // saline drip
    expect(label('E2D1')).toBe('Vindmølle'); // wind energy
    expect(label('1F51F')).toBe('Tallet 10'); // emojibase has "bookmark..water pistol"
  });
});

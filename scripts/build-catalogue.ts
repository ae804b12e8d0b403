// Builds the symbol catalogue from data on disk, for the Vite plugin (dev server and build), the
// search tests and the bench:
//   - core pictograms: pictograms/manifest.json (drawn for Rådet; SVGs served from /pictograms/)
//   - OpenMoji 17 (CC BY-SA 4.0): node_modules/openmoji/data/openmoji.json + color/svg/<HEX>.svg
//   - Danish names: node_modules/emojibase-data/da/data.json (label + tags per hexcode), plus our
//     own names in pictograms/openmoji-da-extra.json for OpenMoji-only symbols councils need.
// Output: CatalogueIndex (src/domain/catalogue-schema.ts) and minified SVGs by lower-case hexcode.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  catalogueIndexSchema,
  catalogueVersion,
  openMojiId,
  type CatalogueCategory,
  type CatalogueEntry,
  type CatalogueIndex,
} from '../src/domain/catalogue-schema.js';
import { pictogramManifestSchema } from '../src/domain/pictogram-manifest.js';

interface OpenMojiRecord {
  hexcode: string;
  group: string;
  subgroups: string;
  annotation: string;
  tags: string;
  openmoji_tags: string;
  skintone: string;
}

interface EmojibaseRecord {
  hexcode: string;
  label: string;
  tags?: string[];
  skins?: EmojibaseRecord[];
}

interface DanishExtra {
  label?: string;
  tags?: string[];
}

export interface CataloguePaths {
  /** Repository root (the Vite root). */
  root: string;
}

function paths(root: string) {
  return {
    manifest: path.join(root, 'pictograms', 'manifest.json'),
    extras: path.join(root, 'pictograms', 'openmoji-da-extra.json'),
    openmojiData: path.join(root, 'node_modules', 'openmoji', 'data', 'openmoji.json'),
    openmojiSvgDir: path.join(root, 'node_modules', 'openmoji', 'color', 'svg'),
    emojibaseDa: path.join(root, 'node_modules', 'emojibase-data', 'da', 'data.json'),
  };
}

/** The files the catalogue is made from (for watch lists). */
export function catalogueSourceFiles(root: string): string[] {
  const p = paths(root);
  return [p.manifest, p.extras, p.openmojiData, p.emojibaseDa];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** OpenMoji groups (and, for its "extras", subgroups) → our browse categories. */
const groupCategory: Record<string, CatalogueCategory> = {
  'smileys-emotion': 'smileys-emotion',
  'people-body': 'people-body',
  people: 'people-body',
  'animals-nature': 'animals-nature',
  'food-drink': 'food-drink',
  'travel-places': 'travel-places',
  'climate-environment': 'travel-places',
  activities: 'activities',
  objects: 'objects',
  brand: 'objects',
  gardening: 'objects',
  healthcare: 'objects',
  technology: 'objects',
  symbols: 'symbols',
  'symbol-other': 'symbols',
  'ui-element': 'symbols',
  interaction: 'symbols',
  emergency: 'symbols',
  'regional-indicator': 'symbols',
  flags: 'flags',
  'subdivision-flag': 'flags',
  'queer-symbols': 'flags',
};

function categoryOf(record: OpenMojiRecord): CatalogueCategory {
  const key = record.group.startsWith('extras-') ? record.subgroups : record.group;
  return groupCategory[key] ?? 'symbols';
}

const splitTags = (text: string): string[] =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);

/** Case-insensitive de-duplication that keeps the first spelling and drops the label itself. */
function uniqueTags(tags: readonly string[], label: string): string[] {
  const seen = new Set([label.toLocaleLowerCase('da')]);
  const out: string[] = [];
  for (const tag of tags) {
    const key = tag.toLocaleLowerCase('da');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Our own Danish names for OpenMoji symbols: hexcode → { label?, tags? }. */
export function readDanishExtras(root: string): Map<string, DanishExtra> {
  const file = paths(root).extras;
  if (!existsSync(file)) return new Map();
  const json = readJson(file) as { symbols?: Record<string, DanishExtra> };
  return new Map(Object.entries(json.symbols ?? {}).map(([hex, extra]) => [hex.toUpperCase(), extra]));
}

/** OpenMoji records we ship: no skin-tone variants (no skin-tone cues) and no bare components. */
function shippedOpenMoji(root: string): OpenMojiRecord[] {
  const records = readJson(paths(root).openmojiData) as OpenMojiRecord[];
  return records.filter((record) => record.skintone === '' && record.group !== 'component');
}

export function buildCatalogueIndex(root: string): CatalogueIndex {
  const p = paths(root);
  const manifest = pictogramManifestSchema.parse(readJson(p.manifest));
  const core: CatalogueEntry[] = manifest.pictograms.map((pictogram) => ({
    id: pictogram.id,
    source: 'core',
    labels: { da: pictogram.labels.da, en: pictogram.labels.en },
    tags: {
      da: uniqueTags(pictogram.synonyms.da, pictogram.labels.da),
      en: uniqueTags(pictogram.synonyms.en, pictogram.labels.en),
    },
    category: pictogram.category,
  }));

  const danish = new Map<string, EmojibaseRecord>();
  for (const record of readJson(p.emojibaseDa) as EmojibaseRecord[]) danish.set(record.hexcode, record);
  const extras = readDanishExtras(root);

  const openmoji: CatalogueEntry[] = [];
  for (const record of shippedOpenMoji(root)) {
    const da = danish.get(record.hexcode);
    const extra = extras.get(record.hexcode);
    const en = record.annotation.trim();
    const daLabel = extra?.label?.trim() || da?.label.trim() || en;
    openmoji.push({
      id: openMojiId(record.hexcode),
      source: 'openmoji',
      labels: { da: daLabel, en },
      tags: {
        da: uniqueTags([...(extra?.tags ?? []), ...(da?.tags ?? [])], daLabel),
        en: uniqueTags([...splitTags(record.tags), ...splitTags(record.openmoji_tags)], en),
      },
      category: categoryOf(record),
    });
  }

  return catalogueIndexSchema.parse({
    version: catalogueVersion,
    attribution: [
      {
        name: 'OpenMoji',
        url: 'https://openmoji.org/',
        license: 'CC BY-SA 4.0',
        licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
      },
      {
        name: 'Emojibase (Danish names, from Unicode CLDR)',
        url: 'https://emojibase.dev/',
        license: 'MIT',
        licenseUrl: 'https://github.com/milesj/emojibase/blob/master/LICENSE',
      },
    ],
    entries: [...core, ...openmoji],
  });
}

/** Compact JSON text of the index (what /catalogue/index.json serves). */
export function catalogueIndexJson(index: CatalogueIndex): string {
  return JSON.stringify(index);
}

/**
 * Small, safe minification of an OpenMoji SVG: drop comments, metadata, editor ids, empty
 * layer groups and whitespace between tags. The drawing itself is left untouched.
 */
export function minifySvg(svg: string): string {
  // Ids referenced inside the drawing (gradients, clip paths, <use>) must stay.
  const referenced = new Set([...svg.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map((m) => m[1]));
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<metadata[\s\S]*?<\/metadata>/g, '')
    .replace(/<title[\s\S]*?<\/title>/g, '')
    .replace(/\s+id="([^"]*)"/g, (whole, id: string) => (referenced.has(id) ? whole : ''))
    .replace(/<g\s*\/>/g, '')
    .replace(/<g>\s*<\/g>/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Lower-case hexcode (file name without .svg) → OpenMoji source file, for every shipped symbol. */
export function catalogueSvgFiles(root: string): Map<string, string> {
  const dir = paths(root).openmojiSvgDir;
  return new Map(
    shippedOpenMoji(root).map((record) => [
      record.hexcode.toLowerCase(),
      path.join(dir, `${record.hexcode}.svg`),
    ]),
  );
}

/** The minified SVG of one shipped symbol, or undefined for unknown names. */
export function readCatalogueSvg(files: Map<string, string>, hexLower: string): string | undefined {
  const file = files.get(hexLower);
  return file ? minifySvg(readFileSync(file, 'utf8')) : undefined;
}

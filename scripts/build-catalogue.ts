// Builds the symbol catalogue from data on disk, for the Vite plugin (dev server and build), the
// search tests and the bench:
//   - core pictograms: pictograms/manifest.json (drawn for Rådet; SVGs served from /pictograms/)
//   - OpenMoji 17 (CC BY-SA 4.0): node_modules/openmoji/data/openmoji.json + color/svg/<HEX>.svg
//   - Danish names: node_modules/emojibase-data/da/data.json (label + tags per hexcode), plus our
//     own names in scripts/catalogue/da-labels.json for symbols emojibase has no (good) name for.
// What is left out (brands, regional flags, weapons, named people, symbols that could offend …)
// is decided by scripts/catalogue/exclusions.ts; the naming by scripts/catalogue/danish-labels.ts;
// both are pure and combined by scripts/catalogue/select-openmoji.ts. A symbol without a Danish
// name is left out, never shown under its English one.
// Output: CatalogueIndex (src/domain/catalogue-schema.ts) and minified SVGs by lower-case hexcode.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  catalogueIndexSchema,
  catalogueVersion,
  openMojiIdPrefix,
  type CatalogueEntry,
  type CatalogueIndex,
} from '../src/domain/catalogue-schema.js';
import { pictogramManifestSchema } from '../src/domain/pictogram-manifest.js';
import { uniqueTags, type EmojibaseName, type OwnDanishName } from './catalogue/danish-labels.js';
import { selectOpenMoji, type OpenMojiRecord, type OpenMojiSelection } from './catalogue/select-openmoji.js';

function paths(root: string) {
  return {
    manifest: path.join(root, 'pictograms', 'manifest.json'),
    ownNames: path.join(root, 'scripts', 'catalogue', 'da-labels.json'),
    openmojiData: path.join(root, 'node_modules', 'openmoji', 'data', 'openmoji.json'),
    openmojiSvgDir: path.join(root, 'node_modules', 'openmoji', 'color', 'svg'),
    emojibaseDa: path.join(root, 'node_modules', 'emojibase-data', 'da', 'data.json'),
  };
}

/** The files the catalogue is made from (for watch lists). */
export function catalogueSourceFiles(root: string): string[] {
  const p = paths(root);
  return [p.manifest, p.ownNames, p.openmojiData, p.emojibaseDa];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Our own Danish names for OpenMoji symbols: hexcode → { label?, tags? }. */
export function readDanishExtras(root: string): Map<string, OwnDanishName> {
  const file = paths(root).ownNames;
  if (!existsSync(file)) return new Map();
  const json = readJson(file) as { symbols?: Record<string, OwnDanishName> };
  return new Map(Object.entries(json.symbols ?? {}).map(([hex, extra]) => [hex.toUpperCase(), extra]));
}

/** emojibase-data's Danish names: hexcode → { label, tags }. */
export function readEmojibaseDanish(root: string): Map<string, EmojibaseName> {
  const records = readJson(paths(root).emojibaseDa) as Array<EmojibaseName & { hexcode: string }>;
  return new Map(records.map((record) => [record.hexcode, record]));
}

export function readOpenMojiRecords(root: string): OpenMojiRecord[] {
  return readJson(paths(root).openmojiData) as OpenMojiRecord[];
}

/** The OpenMoji symbols the catalogue ships, and those it leaves out (by reason). */
export function openMojiSelection(root: string): OpenMojiSelection {
  return selectOpenMoji(readOpenMojiRecords(root), readEmojibaseDanish(root), readDanishExtras(root));
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
    entries: [...core, ...openMojiSelection(root).entries],
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
    openMojiSelection(root).entries.map((entry) => {
      const hexLower = entry.id.slice(openMojiIdPrefix.length);
      return [hexLower, path.join(dir, `${hexLower.toUpperCase()}.svg`)];
    }),
  );
}

/** The minified SVG of one shipped symbol, or undefined for unknown names. */
export function readCatalogueSvg(files: Map<string, string>, hexLower: string): string | undefined {
  const file = files.get(hexLower);
  return file ? minifySvg(readFileSync(file, 'utf8')) : undefined;
}

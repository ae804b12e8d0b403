// Which OpenMoji symbols the catalogue ships and under which Danish name: a pure function of
// OpenMoji's data, emojibase's Danish names and Rådet's own names, so tests can check the
// selection without a build. scripts/build-catalogue.ts reads the files and calls it.
import type { CatalogueCategory, CatalogueEntry } from '../../src/domain/catalogue-schema.js';
import { openMojiId } from '../../src/domain/catalogue-schema.js';
import { danishNameFor, uniqueTags, type EmojibaseName, type OwnDanishName } from './danish-labels.js';
import { exclusionReason, type ExclusionReason } from './exclusions.js';

export interface OpenMojiRecord {
  hexcode: string;
  group: string;
  subgroups: string;
  annotation: string;
  tags: string;
  openmoji_tags: string;
  skintone: string;
}

/** Why a symbol is not shown: one of the exclusion rules, or no Danish name to show it under. */
export type LeftOutReason = ExclusionReason | 'no-danish-label';

export interface OpenMojiSelection {
  entries: CatalogueEntry[];
  /** Hexcodes left out, by reason (in OpenMoji's order). */
  leftOut: Partial<Record<LeftOutReason, string[]>>;
}

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

/**
 * Records worth considering at all: no skin-tone variants (the picker shows symbols without
 * skin-tone cues) and no bare components (hair, skin-tone swatches).
 */
export function isBaseSymbol(record: OpenMojiRecord): boolean {
  return record.skintone === '' && record.group !== 'component';
}

export function selectOpenMoji(
  records: readonly OpenMojiRecord[],
  emojibase: ReadonlyMap<string, EmojibaseName>,
  own: ReadonlyMap<string, OwnDanishName>,
): OpenMojiSelection {
  const entries: CatalogueEntry[] = [];
  const leftOut: Partial<Record<LeftOutReason, string[]>> = {};
  const leave = (reason: LeftOutReason, hexcode: string) => (leftOut[reason] ??= []).push(hexcode);

  for (const record of records) {
    if (!isBaseSymbol(record)) continue;
    const reason = exclusionReason(record);
    if (reason) {
      leave(reason, record.hexcode);
      continue;
    }
    const name = danishNameFor(
      emojibase.get(record.hexcode),
      own.get(record.hexcode),
      record.subgroups === 'country-flag',
    );
    if (!name) {
      leave('no-danish-label', record.hexcode);
      continue;
    }
    const en = record.annotation.trim();
    entries.push({
      id: openMojiId(record.hexcode),
      source: 'openmoji',
      labels: { da: name.label, en },
      tags: {
        da: name.tags,
        en: uniqueTags([...splitTags(record.tags), ...splitTags(record.openmoji_tags)], en),
      },
      category: categoryOf(record),
    });
  }
  return { entries, leftOut };
}

// Loads the search index for the picker when it first opens, never before: the search code
// comes in by dynamic import and the catalogue (labels of ~2,200 symbols) as JSON, so neither
// adds a byte to the first screen's JavaScript. Without network or catalogue, staff can
// still search Rådet's own pictograms, which are in the bundle.
import type { CatalogueEntry } from '../../domain/catalogue-schema';
import type { PictogramIndex } from '../../domain/pictogram-search';
import { corePictograms } from '../pictogram-catalog';

export type SymbolEntry = Pick<CatalogueEntry, 'id' | 'source' | 'labels' | 'tags' | 'category'>;

export interface SymbolIndex {
  index: PictogramIndex<SymbolEntry>;
  /** 'catalogue': core + OpenMoji; 'core-only': the catalogue could not be loaded, or no network. */
  scope: 'catalogue' | 'core-only';
}

export type LoadSymbolIndex = () => Promise<SymbolIndex>;

/** Rådet's own pictograms as catalogue entries (their synonyms are the tags). */
export function coreEntries(): SymbolEntry[] {
  return corePictograms().map((p) => ({
    id: p.id,
    source: 'core',
    labels: p.labels,
    tags: { da: [...p.synonyms.da], en: [...p.synonyms.en] },
    category: p.category,
  }));
}

let catalogue: Promise<SymbolIndex> | undefined;
let coreOnly: Promise<SymbolIndex> | undefined;

async function buildCoreOnly(): Promise<SymbolIndex> {
  const { createPictogramIndex } = await import('../../domain/pictogram-search');
  return { index: createPictogramIndex(coreEntries()), scope: 'core-only' };
}

async function buildCatalogue(): Promise<SymbolIndex> {
  const { createPictogramIndex, loadCatalogue } = await import('../../domain/pictogram-search');
  const loaded = await loadCatalogue((url) => fetch(url));
  return { index: createPictogramIndex<SymbolEntry>(loaded.entries), scope: 'catalogue' };
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * The index to search. Offline, only the core set: OpenMoji drawings are fetched on demand
 * and would show as broken tiles. A failed load is not remembered, so the next opening of
 * the picker tries again.
 */
export const loadSymbolIndex: LoadSymbolIndex = async () => {
  if (isOffline()) return (coreOnly ??= buildCoreOnly());
  catalogue ??= buildCatalogue();
  try {
    return await catalogue;
  } catch {
    catalogue = undefined;
    return (coreOnly ??= buildCoreOnly());
  }
};

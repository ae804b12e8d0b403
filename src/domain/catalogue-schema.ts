import { z } from 'zod';

/**
 * The symbol catalogue: our own core pictograms plus the OpenMoji set, built at build time into
 * `/catalogue/index.json` (labels and tags only) and `/catalogue/svg/<hexcode>.svg` (drawings).
 * Nothing of it is in the JS bundle; screens load the index with `loadCatalogue(fetch)`.
 * Pure domain code: no React, no storage; the network is reached only through the injected fetch.
 */

export const catalogueVersion = 1;

/** Where the built catalogue lives (served in dev, emitted into dist/ on build). */
export const catalogueIndexUrl = '/catalogue/index.json';
export const catalogueSvgDir = '/catalogue/svg';

/** Ids: core pictograms keep their manifest id; OpenMoji symbols are `om-<lower-case hexcode>`. */
export const openMojiIdPrefix = 'om-';

export const catalogueSources = ['core', 'openmoji'] as const;

/**
 * Browse categories. The first six are the core set's own; the rest are OpenMoji's groups
 * (OpenMoji's "extras" are filed under the group they belong to).
 */
export const catalogueCategories = [
  'meeting',
  'people',
  'daily-life',
  'activities',
  'house',
  'feelings',
  'smileys-emotion',
  'people-body',
  'animals-nature',
  'food-drink',
  'travel-places',
  'objects',
  'symbols',
  'flags',
] as const;
export const catalogueCategorySchema = z.enum(catalogueCategories);
export type CatalogueCategory = z.infer<typeof catalogueCategorySchema>;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/; // also what Picture accepts for pictogram ids

export const catalogueEntrySchema = z.object({
  id: z.string().regex(idPattern),
  source: z.enum(catalogueSources),
  labels: z.object({ da: z.string().min(1), en: z.string().min(1) }),
  tags: z.object({ da: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  category: catalogueCategorySchema,
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueAttributionSchema = z.object({
  name: z.string(),
  url: z.string(),
  license: z.string(),
  licenseUrl: z.string(),
});

export const catalogueIndexSchema = z
  .object({
    version: z.literal(catalogueVersion),
    attribution: z.array(catalogueAttributionSchema),
    entries: z.array(catalogueEntrySchema),
  })
  .refine((index) => new Set(index.entries.map((e) => e.id)).size === index.entries.length, {
    message: 'catalogue ids must be unique',
    path: ['entries'],
  });
export type CatalogueIndex = z.infer<typeof catalogueIndexSchema>;

/** OpenMoji id for a hexcode such as "1F382" or "E0C7" → "om-1f382". */
export function openMojiId(hexcode: string): string {
  return `${openMojiIdPrefix}${hexcode.toLowerCase()}`;
}

export function isOpenMojiId(id: string): boolean {
  return id.startsWith(openMojiIdPrefix);
}

/**
 * The URL of a catalogue symbol's drawing: core pictograms are served from /pictograms/,
 * OpenMoji symbols from /catalogue/svg/ (not precached: store a picked one with the data).
 */
export function catalogueSvgUrl(id: string): string {
  return isOpenMojiId(id) ? `${catalogueSvgDir}/${id.slice(openMojiIdPrefix.length)}.svg` : `/pictograms/${id}.svg`;
}

export type CatalogueFetch = (url: string) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export class CatalogueLoadError extends Error {
  constructor(
    message: string,
    readonly reason: 'network' | 'http' | 'invalid',
  ) {
    super(message);
    this.name = 'CatalogueLoadError';
  }
}

/**
 * Fetches and validates the catalogue index. Pass `fetch` (or a wrapper). Throws
 * `CatalogueLoadError` with a reason the screen can turn into a message.
 */
export async function loadCatalogue(fetchFn: CatalogueFetch, url: string = catalogueIndexUrl): Promise<CatalogueIndex> {
  let response: Awaited<ReturnType<CatalogueFetch>>;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new CatalogueLoadError(`Could not fetch ${url}: ${String(error)}`, 'network');
  }
  if (!response.ok) throw new CatalogueLoadError(`${url} answered ${response.status}`, 'http');
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new CatalogueLoadError(`${url} is not JSON`, 'invalid');
  }
  const parsed = catalogueIndexSchema.safeParse(body);
  if (!parsed.success) {
    throw new CatalogueLoadError(`${url} does not match the catalogue schema`, 'invalid');
  }
  return parsed.data;
}

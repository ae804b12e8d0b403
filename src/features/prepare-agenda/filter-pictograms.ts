// Finds pictograms by what staff type, in either language: labels and synonyms both count,
// so "kaffe", "coffee" and "kage" all find something.
import type { PictogramEntry } from '../../domain/pictogram-manifest';

function normalise(text: string): string {
  return text.toLocaleLowerCase('da').normalize('NFC').trim();
}

function words(entry: PictogramEntry): string[] {
  return [entry.labels.da, entry.labels.en, ...entry.synonyms.da, ...entry.synonyms.en, entry.id.replaceAll('-', ' ')].map(normalise);
}

export function filterPictograms(
  entries: readonly PictogramEntry[],
  query: string,
  category: string | null,
  language: string,
): PictogramEntry[] {
  const q = normalise(query);
  const inCategory = category ? entries.filter((entry) => entry.category === category) : [...entries];
  if (!q) return inCategory;
  const label = (entry: PictogramEntry) => normalise(language === 'en' ? entry.labels.en : entry.labels.da);
  const matches = inCategory.filter((entry) => words(entry).some((word) => word.includes(q)));
  // Labels that start with what was typed come first: the tile staff most likely want.
  return matches.sort((a, b) => Number(label(b).startsWith(q)) - Number(label(a).startsWith(q)));
}

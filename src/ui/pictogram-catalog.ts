// The core pictograms' labels are data (pictograms/manifest.json), apart from UI strings.
import manifestJson from '../../pictograms/manifest.json';
import type { PictogramEntry } from '../domain/pictogram-manifest';

const entries = (manifestJson as { pictograms: PictogramEntry[] }).pictograms;
const byId = new Map(entries.map((entry) => [entry.id, entry]));

export function corePictograms(): readonly PictogramEntry[] {
  return entries;
}

export function pictogramEntry(id: string): PictogramEntry | undefined {
  return byId.get(id);
}

export function pictogramUrl(id: string): string {
  return `/pictograms/${id}.svg`;
}

export function pictogramText(id: string, lang: string): string {
  const entry = byId.get(id);
  if (!entry) return id;
  return lang === 'en' ? entry.labels.en : entry.labels.da;
}

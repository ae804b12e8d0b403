// The core pictograms' labels are data (pictograms/manifest.json), apart from UI strings.
import manifestJson from '../../pictograms/manifest.json';
import type { PictogramEntry } from '../domain/pictogram-manifest';
import type { Picture } from '../domain/picture';

const entries = (manifestJson as { pictograms: PictogramEntry[] }).pictograms;
const byId = new Map(entries.map((entry) => [entry.id, entry]));

export function corePictograms(): readonly PictogramEntry[] {
  return entries;
}

/**
 * The words for a picture: a core pictogram's label from the bundle (always current), else
 * the label stored with the picture when it was picked (OpenMoji symbols), else ''.
 */
export function pictureText(picture: Picture | undefined, lang: string): string {
  if (picture?.type !== 'pictogram') return '';
  const entry = byId.get(picture.id);
  if (entry) return lang === 'en' ? entry.labels.en : entry.labels.da;
  if (picture.label) return lang === 'en' ? picture.label.en : picture.label.da;
  return '';
}

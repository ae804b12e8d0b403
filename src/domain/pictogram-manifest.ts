import { z } from 'zod';

/**
 * Manifest for Rådet's own core pictogram set (`/pictograms`).
 * Pure domain code: no React, no storage, no network.
 */

export const pictogramCategories = ['meeting', 'people', 'daily-life', 'activities', 'house', 'feelings'] as const;

export const pictogramCategorySchema = z.enum(pictogramCategories);

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const localizedLabelSchema = z.object({
  da: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

const localizedSynonymsSchema = z.object({
  da: z.array(z.string().trim().min(1)),
  en: z.array(z.string().trim().min(1)),
});

export const pictogramEntrySchema = z
  .object({
    id: z.string().regex(idPattern, 'id must be kebab-case'),
    file: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/, 'file must be <id>.svg'),
    category: pictogramCategorySchema,
    labels: localizedLabelSchema,
    synonyms: localizedSynonymsSchema,
  })
  .refine((entry) => entry.file === `${entry.id}.svg`, {
    message: 'file must equal `${id}.svg`',
    path: ['file'],
  });

export type PictogramEntry = z.infer<typeof pictogramEntrySchema>;

export const pictogramManifestSchema = z
  .object({
    version: z.literal(1),
    pictograms: z.array(pictogramEntrySchema),
  })
  .refine((m) => new Set(m.pictograms.map((p) => p.id)).size === m.pictograms.length, {
    message: 'pictogram ids must be unique',
    path: ['pictograms'],
  });

export type PictogramLanguage = 'da' | 'en';

/** The display label for a pictogram; falls back to Danish, then to the id. */
export function pictogramLabel(entry: PictogramEntry, lang: PictogramLanguage): string {
  const label = entry.labels[lang].trim();
  if (label.length > 0) return label;
  const da = entry.labels.da.trim();
  return da.length > 0 ? da : entry.id;
}

import { z } from 'zod';
import { idSchema, isoDateTimeSchema, mediaHashSchema } from './ids';
import { pictureLabelSchema, type PictureLabel } from './picture';

/**
 * Which symbols a facility's staff use: favourites (starred) and recently used, one record
 * per facility and symbol. Synced like every other record, so both tablets of a facility
 * share them. `hash` is the stored copy of the SVG, so a favourite shows with no network.
 */
export const pictogramUsageSchema = z.object({
  id: idSchema,
  facilityId: idSchema,
  pictogramId: z.string().regex(/^[a-z0-9-]+$/),
  label: pictureLabelSchema,
  hash: mediaHashSchema.optional(),
  favourite: z.boolean(),
  /** When it was last picked; absent for a symbol only starred, never picked. */
  lastUsedAt: isoDateTimeSchema.optional(),
  useCount: z.number().int().min(0),
});
export type PictogramUsage = z.infer<typeof pictogramUsageSchema>;

export interface UsedSymbol {
  pictogramId: string;
  label: PictureLabel;
  hash?: string;
}

/** How many recently used symbols the picker offers. */
export const recentLimit = 12;

/**
 * The record's id is the same on every tablet for the same facility and symbol, so two
 * tablets that both pick "cake" offline end up with one record after sync, not two.
 * Shaped as a UUID (so it passes idSchema); synchronous, so a pick needs no async hashing.
 */
export function pictogramUsageId(facilityId: string, pictogramId: string): string {
  const text = `${facilityId}|${pictogramId}`;
  // Four independent 32-bit FNV-1a hashes with different seeds → 128 bits.
  const parts = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x6b43a9b5].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  });
  const hex = parts.join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function base(existing: PictogramUsage | undefined, facilityId: string, symbol: UsedSymbol): PictogramUsage {
  return {
    id: pictogramUsageId(facilityId, symbol.pictogramId),
    facilityId,
    pictogramId: symbol.pictogramId,
    favourite: existing?.favourite ?? false,
    useCount: existing?.useCount ?? 0,
    ...(existing?.lastUsedAt ? { lastUsedAt: existing.lastUsedAt } : {}),
    label: symbol.label,
    ...((symbol.hash ?? existing?.hash) ? { hash: symbol.hash ?? existing?.hash } : {}),
  };
}

/** The record after staff picked the symbol once more. */
export function recordUse(
  existing: PictogramUsage | undefined,
  facilityId: string,
  symbol: UsedSymbol,
  now: Date,
): PictogramUsage {
  const next = base(existing, facilityId, symbol);
  return { ...next, useCount: next.useCount + 1, lastUsedAt: now.toISOString() };
}

/** The record after staff starred or un-starred the symbol. */
export function setFavourite(
  existing: PictogramUsage | undefined,
  facilityId: string,
  symbol: UsedSymbol,
  favourite: boolean,
): PictogramUsage {
  return { ...base(existing, facilityId, symbol), favourite };
}

/** Starred symbols, alphabetically in the reader's language. */
export function favouritesOf(usage: readonly PictogramUsage[], lang: 'da' | 'en'): PictogramUsage[] {
  return usage
    .filter((u) => u.favourite)
    .sort((a, b) => a.label[lang].localeCompare(b.label[lang], lang === 'da' ? 'da' : 'en'));
}

/** The most recently picked symbols, newest first. */
export function recentOf(usage: readonly PictogramUsage[], limit = recentLimit): PictogramUsage[] {
  return usage
    .filter((u): u is PictogramUsage & { lastUsedAt: string } => u.lastUsedAt !== undefined)
    .sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt) || a.pictogramId.localeCompare(b.pictogramId))
    .slice(0, limit);
}

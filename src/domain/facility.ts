import { z } from 'zod';
import { idSchema } from './ids';
import { nameMax, optionalText, requiredText } from './text';

export const facilityKinds = ['residential', 'day'] as const;

/** Host names like "bosted.dk" or "www.solsikken.aarhus.dk": labels of letters, digits and
 * hyphens, at least one dot, and a top-level part of two letters or more. */
const hostPattern = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.[a-z]{2,63}$/i;

/**
 * Whether text is a web address a browser can open: http or https, a real-looking host name
 * and no spaces. `new URL` alone is not enough: Chromium turns "https://ikke en adresse" into
 * a "valid" address with %20 in its host, which becomes a broken link.
 */
export function isWebsite(text: string): boolean {
  if (/\s/.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  // Non-ASCII names ("æblehaven.dk") arrive as punycode ("xn--blehaven-g1a.dk").
  return hostPattern.test(url.hostname);
}

// '' is "no website" in older records; anything else must be a real address.
export const websiteSchema = z
  .string()
  .refine((text) => text === '' || isWebsite(text), { message: 'validation.website' });

export const facilitySchema = z.object({
  id: idSchema,
  name: requiredText(nameMax),
  kind: z.enum(facilityKinds),
  website: websiteSchema.optional(),
  address: optionalText(200),
});
export type Facility = z.infer<typeof facilitySchema>;

/**
 * Older versions stored any text as a website ("ikke en adresse"). Such a row, from a backup or
 * another device, keeps everything else: the broken address is dropped rather than the whole
 * facility (or the whole backup) being refused.
 */
export function dropBrokenWebsite<T extends { website?: unknown }>(row: T): T {
  if (typeof row.website !== 'string' || row.website === '' || isWebsite(row.website)) return row;
  const { website, ...rest } = row;
  void website;
  return rest as T;
}

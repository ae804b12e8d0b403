import { z } from 'zod';

// Client-generated UUIDs: auto-increment keys broke on some iOS versions and cannot be
// merged between devices.
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

export function newId(): Id {
  return crypto.randomUUID();
}

/** An ISO 8601 timestamp with time zone, as produced by `Date.prototype.toISOString`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'validation.invalidDate' });
/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ message: 'validation.invalidDate' });

/** SHA-256 of a media file's bytes, lowercase hex. Media are addressed by content. */
export const mediaHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'validation.invalid');

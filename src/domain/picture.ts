import { z } from 'zod';
import { mediaHashSchema } from './ids';

/** A symbol's name in both languages, as the catalogue had it when staff picked it. */
export const pictureLabelSchema = z.object({ da: z.string().trim().min(1), en: z.string().trim().min(1) });
export type PictureLabel = z.infer<typeof pictureLabelSchema>;

/**
 * What a card shows: one of our pictograms (or an OpenMoji symbol, id `om-<hex>`), or a photo
 * kept in the media table.
 *
 * A picked pictogram also carries `hash`, the stored copy of its SVG in the media table, so
 * it shows on a tablet that has never fetched it, with the network off; and `label`, so alt
 * text and speech work without the catalogue. Both are optional: records from before they
 * existed still show through the pictogram's URL.
 *
 * A photo says whether people are in it and whether they agreed to it appearing in
 * published minutes (see `publishablePicture` in minutes.ts).
 */
export const pictureSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('pictogram'),
    id: z.string().regex(/^[a-z0-9-]+$/),
    hash: mediaHashSchema.optional(),
    label: pictureLabelSchema.optional(),
  }),
  z.object({
    type: z.literal('photo'),
    hash: mediaHashSchema,
    people: z.boolean().optional(),
    consent: z.boolean().optional(),
  }),
]);
export type Picture = z.infer<typeof pictureSchema>;
export type PictogramPicture = Extract<Picture, { type: 'pictogram' }>;

/** A photo of people who have not agreed to it being shown outside the meeting. */
export function needsConsent(picture: Picture | undefined): boolean {
  return picture?.type === 'photo' && picture.people === true && picture.consent !== true;
}

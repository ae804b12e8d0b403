import { z } from 'zod';
import { mediaHashSchema } from './ids';

/** What a card shows: one of our pictograms, or a photo kept in the media table. */
export const pictureSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pictogram'), id: z.string().regex(/^[a-z0-9-]+$/) }),
  z.object({ type: z.literal('photo'), hash: mediaHashSchema }),
]);
export type Picture = z.infer<typeof pictureSchema>;

import { z } from 'zod';
import { idSchema, mediaHashSchema } from './ids';
import { pictureSchema } from './picture';
import { longTextMax, optionalText, requiredText, shortTitleMax } from './text';

export const agendaItemKinds = [
  'information',
  'discussion',
  'decision',
  'vote',
  'round-the-table',
  'break',
  /** Opens the meeting: what the last meeting decided and how far each decision has come. */
  'since-last-time',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export const agendaItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  kind: z.enum(agendaItemKinds),
  /** Easy-read: at most five words is the house rule; the schema caps characters. */
  title: requiredText(shortTitleMax),
  picture: pictureSchema.optional(),
  details: optionalText(longTextMax),
  plannedMinutes: z.number({ message: 'validation.invalid' }).int().min(1).max(240),
  /** Position in the agenda; gaps are fine, ties are broken by id. */
  order: z.number(),
  /** A staff recording of the item, played instead of the synthetic voice. */
  voice: mediaHashSchema.optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A pictogram for each kind, used when staff pick no picture of their own. */
export const defaultPictogramForKind: Record<AgendaItemKind, string> = {
  information: 'information',
  discussion: 'discussion',
  decision: 'decision',
  vote: 'vote',
  'round-the-table': 'round-the-table',
  break: 'break',
  'since-last-time': 'since-last-time',
};

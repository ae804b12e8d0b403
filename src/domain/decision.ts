import { z } from 'zod';
import { idSchema, isoDateSchema, mediaHashSchema } from './ids';
import { pictureSchema } from './picture';
import { longTextMax, requiredText } from './text';

export const followUpStatuses = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const decisionSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  agendaItemId: idSchema,
  /** Easy-read text of what was decided. */
  text: requiredText(longTextMax),
  picture: pictureSchema.optional(),
  /** Who does it: a member of the council. */
  responsibleMemberId: idSchema.optional(),
  dueDate: isoDateSchema.optional(),
  followUp: z.enum(followUpStatuses).default('not-started'),
  followUpNote: z.string().trim().max(longTextMax).optional(),
  /** A staff recording of the decision, played instead of the synthetic voice. */
  voice: mediaHashSchema.optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './ids';
import { optionalText, placeMax, requiredText, shortTitleMax } from './text';

export const meetingStatuses = ['planned', 'agenda-ready', 'in-progress', 'held', 'minutes-published'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingFieldsSchema = z.object({
  id: idSchema,
  councilId: idSchema,
  title: requiredText(shortTitleMax),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  location: optionalText(placeMax),
  /** Open meetings welcome every resident and relatives, not only council members. */
  isOpen: z.boolean().default(false),
  status: z.enum(meetingStatuses).default('planned'),
  /** Where the meeting is, so it resumes at the same item after a reload or a crash. */
  currentItemId: idSchema.optional(),
  startedAt: isoDateTimeSchema.optional(),
  endedAt: isoDateTimeSchema.optional(),
  publishedAt: isoDateTimeSchema.optional(),
});

// Compare instants, not strings: '10:00:00Z' sorts after '10:00:00.500Z' as text, and two
// offsets ('+02:00' and 'Z') make text order meaningless.
export const meetingSchema = meetingFieldsSchema.refine((m) => Date.parse(m.endsAt) > Date.parse(m.startsAt), {
  message: 'validation.endBeforeStart',
  path: ['endsAt'],
});
export type Meeting = z.infer<typeof meetingSchema>;

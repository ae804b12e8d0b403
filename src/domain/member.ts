import { z } from 'zod';
import { idSchema, isoDateSchema, mediaHashSchema } from './ids';
import { nameMax, requiredText } from './text';

export const memberRoles = ['resident', 'relative', 'staff', 'guest'] as const;
export type MemberRole = (typeof memberRoles)[number];

// Least personal data that works: a display name (first name is enough), an optional photo
// with a consent flag, the role and the term. No birth dates, no addresses, no diagnoses.
export const memberSchema = z
  .object({
    id: idSchema,
    councilId: idSchema,
    displayName: requiredText(nameMax),
    role: z.enum(memberRoles),
    photo: mediaHashSchema.optional(),
    /** May the photo appear in published minutes? */
    photoConsent: z.boolean().default(false),
    /** A relative may represent a resident who cannot take part themselves. */
    representsMemberId: idSchema.optional(),
    termStart: isoDateSchema.optional(),
    termEnd: isoDateSchema.optional(),
    /**
     * Elected as a substitute (not to a seat) for the term above: their place in line, 1 first.
     * Absent for a member with a seat, and on rows from before substitutes were recorded.
     */
    substituteRank: z.number().int().min(1).max(20).optional(),
    /** The member's name in a staff (or the member's own) voice, played when the name is read aloud. */
    nameVoice: mediaHashSchema.optional(),
  })
  .refine((m) => !m.termStart || !m.termEnd || m.termEnd >= m.termStart, {
    message: 'validation.termEndBeforeStart',
    path: ['termEnd'],
  })
  .refine((m) => !m.representsMemberId || m.role === 'relative', {
    message: 'validation.onlyRelativesRepresent',
    path: ['representsMemberId'],
  });
export type Member = z.infer<typeof memberSchema>;

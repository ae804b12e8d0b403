import { z } from 'zod';
import { idSchema, isoDateSchema } from './ids';
import { nameMax, optionalText, requiredText } from './text';
import { tieRules } from './vote';

/** The seeds ask for flexible forums: a council is one of these kinds. */
export const councilKinds = ['user-council', 'open-forum', 'ad-hoc-committee', 'relatives-forum'] as const;
export type CouncilKind = (typeof councilKinds)[number];

export const councilSchema = z.object({
  id: idSchema,
  facilityId: idSchema,
  name: requiredText(nameMax),
  kind: z.enum(councilKinds),
  description: optionalText(500),
  /** The seeds recommend at least four meetings a year. */
  meetingsPerYear: z.number().int().min(1).max(52).default(4),
  lastElection: isoDateSchema.optional(),
  /** What happens when a vote or an election ends in a tie; staff decide when absent. */
  tieRule: z.enum(tieRules).optional(),
  /** Who votes and stands in elections: residents only (default), or relatives too. */
  electionVoters: z.enum(['residents', 'residents-and-relatives']).optional(),
});
export type Council = z.infer<typeof councilSchema>;

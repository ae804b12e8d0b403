import { z } from 'zod';
import { idSchema, isoDateSchema } from './ids';
import { nameMax, optionalText, requiredText } from './text';
import { tieRules } from './vote';
import { voterRules, type VoterRule } from './vote-eligibility';

/** Who may stand and vote in the council's elections: its own members, or every resident of the facility. */
export const electionScopes = ['council', 'facility'] as const;
export type ElectionScope = (typeof electionScopes)[number];

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
  /**
   * Who votes, in every vote and election: residents only (default), or relatives too. A
   * relative who represents a resident always votes for them (vote-eligibility.ts).
   */
  voterRule: z.enum(voterRules).optional(),
  /** The same rule under its first name, when it covered elections only; read, never written. */
  electionVoters: z.enum(voterRules).optional(),
  /** Elections: this council's members (default) or all residents of the facility stand and vote. */
  electionScope: z.enum(electionScopes).optional(),
});
export type Council = z.infer<typeof councilSchema>;

/** The council's voter rule, from either field name; residents only when none was chosen. */
export function councilVoterRule(council: Pick<Council, 'voterRule' | 'electionVoters'> | undefined | null): VoterRule {
  return council?.voterRule ?? council?.electionVoters ?? 'residents';
}

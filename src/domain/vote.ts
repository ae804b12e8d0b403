import { z } from 'zod';
import { idSchema } from './ids';
import { requiredText, shortTitleMax } from './text';

export const yesNoChoices = ['yes', 'no', 'dont-know'] as const;
export type YesNoChoice = (typeof yesNoChoices)[number];

export const voteStatuses = ['open', 'closed'] as const;

export const voteSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  agendaItemId: idSchema,
  question: requiredText(shortTitleMax),
  kind: z.literal('yes-no'),
  /** A show of hands on the tablet: each tap is one vote, counted live. */
  mode: z.literal('open'),
  status: z.enum(voteStatuses).default('open'),
});
export type Vote = z.infer<typeof voteSchema>;

// A ballot carries no member id: even an open count stores only what was chosen.
export const ballotSchema = z.object({
  id: idSchema,
  voteId: idSchema,
  choice: z.enum(yesNoChoices),
});
export type Ballot = z.infer<typeof ballotSchema>;

export type CastRefusal = 'vote-closed' | 'wrong-vote';
export type CastOutcome = { ok: true } | { ok: false; reason: CastRefusal };

export function canCast(vote: Vote, ballot: Pick<Ballot, 'voteId'>): CastOutcome {
  if (ballot.voteId !== vote.id) return { ok: false, reason: 'wrong-vote' };
  if (vote.status !== 'open') return { ok: false, reason: 'vote-closed' };
  return { ok: true };
}

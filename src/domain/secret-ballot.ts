// Secret ballots and the "has voted" rows, kept apart so no record links a voter to a choice.
// A secret ballot is exactly {id, voteId, choice | choices}: a random id (so key order says
// nothing about the order of voting), no member, no time, no sequence, no clock stamps.
// The "has voted" row names the member, and only that: it stops a second vote and says
// whether staff helped, never what was chosen.
import { z } from 'zod';
import { idSchema } from './ids';
import { optionIdSchema } from './vote';

export const secretBallotSchema = z
  .strictObject({
    id: idSchema,
    /** The vote or election the ballot belongs to (its ballot box). */
    voteId: idSchema,
    choice: optionIdSchema.optional(),
    choices: z.array(optionIdSchema).min(1).optional(),
  })
  .refine((b) => (b.choice === undefined) !== (b.choices === undefined), {
    message: 'validation.invalid',
    path: ['choice'],
  });
export type SecretBallot = z.infer<typeof secretBallotSchema>;

export const hasVotedSchema = z.object({
  id: idSchema,
  voteId: idSchema,
  memberId: idSchema,
  /** Staff helped this member to vote. The choice itself stays secret. */
  assisted: z.boolean().default(false),
});
export type HasVoted = z.infer<typeof hasVotedSchema>;

/** The ballot row for a pick: `choice` for one option, `choices` when several may be picked. */
export function secretBallotFor(
  voteId: string,
  picked: readonly string[],
  manyAllowed: boolean,
  id: string,
): SecretBallot {
  // Sorted, so the ballot does not keep the order the voter tapped in.
  return manyAllowed ? { id, voteId, choices: [...picked].sort() } : { id, voteId, choice: picked[0] as string };
}

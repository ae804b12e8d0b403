// A vote on an agenda item: what is asked (kind and options), how it is cast (mode), and what
// was recorded when it closed (hand counts, a tie break). Rows written before kinds and modes
// existed ({kind: 'yes-no', mode: 'open'} and nothing else) still parse: every new field is
// optional or has a default.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, mediaHashSchema } from './ids';
import { pictureSchema } from './picture';
import { requiredText, shortTitleMax } from './text';

export const yesNoChoices = ['yes', 'no', 'dont-know'] as const;
export type YesNoChoice = (typeof yesNoChoices)[number];

export const voteStatuses = ['open', 'closed'] as const;

export const voteKinds = ['yes-no', 'choose-one', 'choose-up-to', 'smiley'] as const;
export type VoteKind = (typeof voteKinds)[number];

/**
 * open: a show of hands; staff tap a member, then that member's choice, counted live.
 * secret: the tablet is passed round; ballots carry nothing that links them to a voter.
 * hand-count: counted on paper or by hands in the room; staff enter the numbers.
 */
export const voteModes = ['open', 'secret', 'hand-count'] as const;
export type VoteMode = (typeof voteModes)[number];

/** What happens when two or more options get the most votes. */
export const tieRules = ['staff-decide', 'draw-lots', 'new-round'] as const;
export type TieRule = (typeof tieRules)[number];

export const smileyScales = [3, 5] as const;
export type SmileyScale = (typeof smileyScales)[number];

/** The faces of a smiley scale, saddest first. */
export type SmileyLevel = 'very-sad' | 'sad' | 'neutral' | 'happy' | 'very-happy';

/** Ids of the fixed options: yes/no/don't know and the smiley faces, saddest first. */
export const smileyChoices: Record<SmileyScale, readonly SmileyLevel[]> = {
  3: ['sad', 'neutral', 'happy'],
  5: ['very-sad', 'sad', 'neutral', 'happy', 'very-happy'],
};

export const minOptions = 2;
export const maxOptions = 8;

export const optionIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'validation.invalid');

export const voteOptionSchema = z.object({
  id: optionIdSchema,
  label: requiredText(shortTitleMax),
  picture: pictureSchema,
  /** A recorded voice reading the option (media hash); speech reads the label otherwise. */
  voice: mediaHashSchema.optional(),
});
export type VoteOption = z.infer<typeof voteOptionSchema>;

export const tieBreakSchema = z.object({
  method: z.enum(['staff', 'lot']),
  /** The option that won the tie. */
  optionId: optionIdSchema,
  /** The tied options the choice was made among (what the lot was drawn from). */
  among: z.array(optionIdSchema).min(2),
});
export type TieBreak = z.infer<typeof tieBreakSchema>;

/** Below this many secret ballots a breakdown would show how people voted. */
export const minSecretBreakdown = 3;

const countSchema = z.number().int().min(0);

/**
 * The result of a secret ballot box, written onto the synced record (vote or election) in the
 * same transaction that closes it, so every device can show the result and the minutes while
 * the ballots themselves never leave the tablet they were cast on. Totals only: nothing here
 * links a voter to a choice. Under `minSecretBreakdown` ballots there is no `counts` at all,
 * since a split of one or two ballots would tell the room who voted what.
 */
export const secretTallySchema = z
  .strictObject({
    /** Votes per option id; absent when too few voted to show a split. */
    counts: z.record(optionIdSchema, countSchema).optional(),
    /** How many ballots were counted. */
    ballotCount: countSchema,
    /** How many voters staff helped (from the "has voted" rows; never which ones). */
    assistedCount: countSchema,
  })
  .superRefine((tally, ctx) => {
    if (tally.ballotCount < minSecretBreakdown !== (tally.counts === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['counts'], message: 'validation.invalid' });
    }
    if (tally.assistedCount > tally.ballotCount) {
      ctx.addIssue({ code: 'custom', path: ['assistedCount'], message: 'validation.invalid' });
    }
    for (const [id, count] of Object.entries(tally.counts ?? {})) {
      // An option can have at most one vote per ballot.
      if (count > tally.ballotCount) {
        ctx.addIssue({ code: 'custom', path: ['counts', id], message: 'validation.invalid' });
      }
    }
  });
export type SecretTally = z.infer<typeof secretTallySchema>;

/** Whether a tally's counts add up for ballots of one to `maxPicks` options each. */
export function tallyAddsUp(tally: SecretTally, maxPicks: number): boolean {
  if (!tally.counts) return true;
  const sum = Object.values(tally.counts).reduce((a, b) => a + b, 0);
  return sum >= tally.ballotCount && sum <= tally.ballotCount * maxPicks;
}

export const voteSchema = z
  .object({
    id: idSchema,
    meetingId: idSchema,
    agendaItemId: idSchema,
    question: requiredText(shortTitleMax),
    kind: z.enum(voteKinds).default('yes-no'),
    mode: z.enum(voteModes).default('open'),
    status: z.enum(voteStatuses).default('open'),
    /** Staff-made options for choose-one and choose-up-to; empty for the fixed kinds. */
    options: z.array(voteOptionSchema).max(maxOptions, 'validation.invalid').optional(),
    /** choose-up-to: how many options each voter may pick. */
    maxChoices: z
      .number()
      .int()
      .min(1)
      .max(maxOptions - 1)
      .optional(),
    /** smiley: three or five faces. */
    scale: z.union([z.literal(3), z.literal(5)]).optional(),
    /** hand-count: the counts staff entered, per option id. */
    handCounts: z.record(optionIdSchema, z.number().int().min(0).max(9999)).optional(),
    /** The council's tie rule when the vote was started; staff decide when absent. */
    tieRule: z.enum(tieRules).optional(),
    tieBreak: tieBreakSchema.optional(),
    /** A new round after a tie points back at the vote it repeats. */
    roundOf: idSchema.optional(),
    /**
     * Open votes: staff chose "count hands without names", so a raised hand may be counted
     * without saying whose it is (never more than the people who can vote).
     */
    unnamedHands: z.boolean().optional(),
    /**
     * Secret votes: staff said the tablet has headphones, so a tap on an option may read it
     * aloud to the voter. Absent (every older record) means choosing is silent, because a
     * spoken choice in a room full of people is not secret.
     */
    spokenChoices: z.boolean().optional(),
    /** When the vote was started, to order several votes on one item; absent on older rows. */
    openedAt: isoDateTimeSchema.optional(),
    /**
     * A closed secret vote's result, written when it was closed; absent on votes closed before
     * results were stored (their result is counted from the ballots on the tablet, if there).
     */
    tally: secretTallySchema.optional(),
  })
  .superRefine((vote, ctx) => {
    const custom = vote.kind === 'choose-one' || vote.kind === 'choose-up-to';
    const options = vote.options ?? [];
    if (custom && options.length < minOptions) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation.invalid' });
    }
    if (custom && new Set(options.map((o) => o.id)).size !== options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation.invalid' });
    }
    if (vote.kind === 'choose-up-to' && (vote.maxChoices === undefined || vote.maxChoices >= options.length)) {
      ctx.addIssue({ code: 'custom', path: ['maxChoices'], message: 'validation.invalid' });
    }
    if (vote.kind === 'smiley' && vote.scale === undefined) {
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'validation.required' });
    }
    if (vote.tally) {
      const known = new Set(optionIds(vote));
      const unknown = Object.keys(vote.tally.counts ?? {}).some((id) => !known.has(id));
      const misplaced = vote.mode !== 'secret' || vote.status !== 'closed';
      if (unknown || misplaced || !tallyAddsUp(vote.tally, choicesAllowed(vote))) {
        ctx.addIssue({ code: 'custom', path: ['tally'], message: 'validation.resultMismatch' });
      }
    }
  });
export type Vote = z.infer<typeof voteSchema>;
/** What a caller writes: defaults may be left out. */
export type VoteInput = z.input<typeof voteSchema>;

/**
 * An open-mode ballot. It may name the member (a show of hands is public); ballots from before
 * members were recorded have none. Secret ballots are another record (secret-ballot.ts).
 */
export const ballotSchema = z
  .object({
    id: idSchema,
    voteId: idSchema,
    choice: optionIdSchema.optional(),
    /** choose-up-to: every option picked. */
    choices: z.array(optionIdSchema).min(1).optional(),
    memberId: idSchema.optional(),
  })
  .refine((b) => (b.choice === undefined) !== (b.choices === undefined), {
    message: 'validation.invalid',
    path: ['choice'],
  });
export type Ballot = z.infer<typeof ballotSchema>;

/** The option ids of every kind, in the order they are shown. */
export function optionIds(vote: Pick<Vote, 'kind' | 'options' | 'scale'>): string[] {
  switch (vote.kind) {
    case 'yes-no':
      return [...yesNoChoices];
    case 'smiley':
      return [...smileyChoices[vote.scale ?? 3]];
    default:
      return (vote.options ?? []).map((o) => o.id);
  }
}

/** How many options one voter may pick. */
export function choicesAllowed(vote: Pick<Vote, 'kind' | 'maxChoices'>): number {
  return vote.kind === 'choose-up-to' ? (vote.maxChoices ?? 1) : 1;
}

/**
 * Whether tapping an option reads it aloud. A show of hands is public anyway; a secret ballot
 * is silent unless staff turned spoken choices on for it (headphones on the tablet).
 */
export function choicesSpokenOnTap(vote: Pick<Vote, 'mode' | 'spokenChoices'>): boolean {
  return vote.mode !== 'secret' || vote.spokenChoices === true;
}

/** The picked option ids of a ballot, whichever shape it was stored in. */
export function pickedOptions(ballot: {
  choice?: string | undefined;
  choices?: readonly string[] | undefined;
}): string[] {
  return ballot.choices ? [...ballot.choices] : ballot.choice !== undefined ? [ballot.choice] : [];
}

export type CastRefusal =
  | 'vote-closed'
  | 'wrong-vote'
  | 'already-voted'
  | 'invalid-choice'
  | 'too-many'
  | 'wrong-mode'
  /** Not on the council's voter roll (vote-eligibility.ts). */
  | 'not-eligible'
  /** A ballot without a name while staff have not chosen to count hands without names. */
  | 'unnamed-off'
  /** As many votes as people who can vote: no room for one more unnamed hand. */
  | 'all-counted';
export type CastOutcome = { ok: true } | { ok: false; reason: CastRefusal };

export function canCast(
  vote: Vote,
  ballot: Pick<Ballot, 'voteId'> & { choice?: string; choices?: readonly string[] },
): CastOutcome {
  if (ballot.voteId !== vote.id) return { ok: false, reason: 'wrong-vote' };
  if (vote.status !== 'open') return { ok: false, reason: 'vote-closed' };
  // Callers that only ask "is this vote open?" pass no choice.
  if (ballot.choice === undefined && ballot.choices === undefined) return { ok: true };
  return checkSelection(vote, pickedOptions(ballot));
}

/** Whether these option ids are a valid pick for the vote (known options, none twice, not too many). */
export function checkSelection(vote: Vote, picked: readonly string[]): CastOutcome {
  if (picked.length === 0) return { ok: false, reason: 'invalid-choice' };
  const known = new Set(optionIds(vote));
  if (picked.some((id) => !known.has(id)) || new Set(picked).size !== picked.length) {
    return { ok: false, reason: 'invalid-choice' };
  }
  if (picked.length > choicesAllowed(vote)) return { ok: false, reason: 'too-many' };
  return { ok: true };
}

/**
 * May this member cast a ballot now? `alreadyVoted` comes from the "has voted" rows (secret)
 * or the member's open ballot. One vote per member, whatever the mode.
 */
export function canMemberVote(vote: Vote, alreadyVoted: boolean): CastOutcome {
  if (vote.status !== 'open') return { ok: false, reason: 'vote-closed' };
  if (vote.mode === 'hand-count') return { ok: false, reason: 'wrong-mode' };
  if (alreadyVoted) return { ok: false, reason: 'already-voted' };
  return { ok: true };
}

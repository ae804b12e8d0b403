// The evaluation after each meeting (the charter's systematic follow-up): every participant
// answers "Hvordan var mødet?" and "Fik du sagt det, du ville?" with 3 or 5 smileys.
//
// Anonymous by construction, like a secret ballot:
// - An answer is exactly {id, evaluationId, question, value}: a random id (key order says
//   nothing about answering order), no member, no time, no sequence, no clock stamps, and the
//   two answers of one person are separate rows with nothing linking them.
// - Answers live in a local, unsynced table while the evaluation is open. The synced
//   evaluation record only gets the totals, written once when staff close it; the answer rows
//   are deleted in the same transaction. A synced record stamped after every answer would let
//   anyone with the sync history (or staff watching a live count while the tablet is passed
//   round) tell who answered what, because the pass-the-tablet order is known in the room.
// - Results are shown only after closing, never live.
import { z } from 'zod';
import { idSchema } from './ids';

export const evaluationQuestions = ['meeting', 'said-it'] as const;
export type EvaluationQuestion = (typeof evaluationQuestions)[number];

export const evaluationScales = [3, 5] as const;
export type EvaluationScale = (typeof evaluationScales)[number];

const countsSchema = z.array(z.number().int().min(0));

export const evaluationSchema = z
  .object({
    id: idSchema,
    meetingId: idSchema,
    /** How many smileys: 3 (sad, neutral, happy) or 5. */
    scale: z.union([z.literal(3), z.literal(5)]),
    status: z.enum(['open', 'closed']).default('open'),
    /** Counts per smiley, saddest first; set when the evaluation is closed. */
    results: z.object({ meeting: countsSchema, 'said-it': countsSchema }).optional(),
    /** How many people answered. */
    participants: z.number().int().min(0).optional(),
  })
  .refine((e) => !e.results || (e.results.meeting.length === e.scale && e.results['said-it'].length === e.scale), {
    message: 'validation.invalid',
    path: ['results'],
  });
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationAnswerSchema = z.strictObject({
  id: idSchema,
  evaluationId: idSchema,
  question: z.enum(evaluationQuestions),
  /** 1 = saddest … scale = happiest. */
  value: z.number().int().min(1).max(5),
});
export type EvaluationAnswer = z.infer<typeof evaluationAnswerSchema>;

export type EvaluationResults = NonNullable<Evaluation['results']>;

/** Totals per smiley for each question; answers outside the scale are ignored. */
export function tallyEvaluation(
  answers: readonly Pick<EvaluationAnswer, 'question' | 'value'>[],
  scale: EvaluationScale,
): {
  results: EvaluationResults;
  participants: number;
} {
  const results: EvaluationResults = { meeting: Array<number>(scale).fill(0), 'said-it': Array<number>(scale).fill(0) };
  for (const answer of answers) {
    if (answer.value < 1 || answer.value > scale) continue;
    results[answer.question][answer.value - 1]! += 1;
  }
  // Everyone answers both questions; the larger count is the number of people.
  const participants = Math.max(sum(results.meeting), sum(results['said-it']));
  return { results, participants };
}

export function sum(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/** The smiley faces of a scale, saddest first, as "mood" steps from -1 (sad) to 1 (happy). */
export function moodsFor(scale: EvaluationScale): number[] {
  return scale === 3 ? [-1, 0, 1] : [-1, -0.5, 0, 0.5, 1];
}

/** Adds up several meetings' results (for the yearly report), per question and mood. */
export function yearTotals(evaluations: readonly Evaluation[]): {
  meetings: number;
  participants: number;
  happyShare: Record<EvaluationQuestion, number | null>;
} {
  const closed = evaluations.filter((e) => e.status === 'closed' && e.results);
  let participants = 0;
  const share = { meeting: { happy: 0, all: 0 }, 'said-it': { happy: 0, all: 0 } };
  for (const e of closed) {
    participants += e.participants ?? 0;
    const moods = moodsFor(e.scale);
    for (const q of evaluationQuestions) {
      e.results![q].forEach((count, i) => {
        share[q].all += count;
        if ((moods[i] ?? 0) > 0) share[q].happy += count;
      });
    }
  }
  const ratio = (s: { happy: number; all: number }) => (s.all === 0 ? null : s.happy / s.all);
  return {
    meetings: closed.length,
    participants,
    happyShare: { meeting: ratio(share.meeting), 'said-it': ratio(share['said-it']) },
  };
}

import { describe, expect, it } from 'vitest';
import {
  evaluationAnswerSchema,
  evaluationSchema,
  moodsFor,
  tallyEvaluation,
  yearTotals,
  type Evaluation,
} from './evaluation';

const id = () => crypto.randomUUID();

describe('evaluation', () => {
  it('counts answers per smiley for each question, saddest first', () => {
    const { results, participants } = tallyEvaluation(
      [
        { question: 'meeting', value: 3 },
        { question: 'meeting', value: 3 },
        { question: 'meeting', value: 1 },
        { question: 'said-it', value: 2 },
        { question: 'said-it', value: 3 },
        { question: 'said-it', value: 3 },
        { question: 'said-it', value: 5 }, // outside a 3-smiley scale: ignored
      ],
      3,
    );
    expect(results).toEqual({ meeting: [1, 0, 2], 'said-it': [0, 1, 2] });
    expect(participants).toBe(3);
  });

  it('an answer carries nothing but its question and smiley: no member, no time', () => {
    const answer = { id: id(), evaluationId: id(), question: 'meeting', value: 2 };
    expect(evaluationAnswerSchema.parse(answer)).toEqual(answer);
    expect(evaluationAnswerSchema.safeParse({ ...answer, memberId: id() }).success).toBe(false);
    expect(evaluationAnswerSchema.safeParse({ ...answer, answeredAt: new Date().toISOString() }).success).toBe(false);
  });

  it('results must match the scale', () => {
    const base = { id: id(), meetingId: id(), scale: 3 as const, status: 'closed' as const };
    expect(evaluationSchema.safeParse({ ...base, results: { meeting: [1, 2, 3], 'said-it': [0, 0, 1] } }).success).toBe(
      true,
    );
    expect(
      evaluationSchema.safeParse({ ...base, results: { meeting: [1, 2, 3, 4, 5], 'said-it': [0, 0, 1] } }).success,
    ).toBe(false);
  });

  it('has 3 or 5 faces from sad to happy', () => {
    expect(moodsFor(3)).toEqual([-1, 0, 1]);
    expect(moodsFor(5)).toHaveLength(5);
  });

  it('adds up a year of closed evaluations for the report', () => {
    const e = (scale: 3 | 5, meeting: number[], saidIt: number[], participants: number): Evaluation => ({
      id: id(),
      meetingId: id(),
      scale,
      status: 'closed',
      results: { meeting, 'said-it': saidIt },
      participants,
    });
    const totals = yearTotals([
      e(3, [1, 1, 2], [0, 2, 2], 4),
      e(5, [0, 0, 1, 1, 2], [1, 1, 0, 1, 1], 4),
      { id: id(), meetingId: id(), scale: 3, status: 'open' },
    ]);
    expect(totals.meetings).toBe(2);
    expect(totals.participants).toBe(8);
    expect(totals.happyShare.meeting).toBeCloseTo(5 / 8);
    expect(totals.happyShare['said-it']).toBeCloseTo(4 / 8);
  });
});

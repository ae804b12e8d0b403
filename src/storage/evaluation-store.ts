// Writes and live reads for the evaluation after a meeting. Answers go to the unsynced
// evaluationAnswers table (see domain/evaluation.ts for why); closing sums them into the
// synced evaluation record and deletes them, in one transaction.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  evaluationAnswerSchema,
  tallyEvaluation,
  type Evaluation,
  type EvaluationAnswer,
  type EvaluationQuestion,
  type EvaluationScale,
} from '../domain/evaluation';
import { newId } from '../domain/ids';
import type { Meeting } from '../domain/meeting';
import { database } from './database';
import { evaluations, meetings } from './repositories';

/** The meeting's evaluation: the open one if any, else the latest closed one. */
async function evaluationOf(meetingId: string): Promise<Evaluation | undefined> {
  const rows = await evaluations.where('meetingId', meetingId);
  return rows.find((e) => e.status === 'open') ?? rows.find((e) => e.status === 'closed');
}

/** Starts the evaluation (or returns the one already open) with 3 or 5 smileys. */
export async function startEvaluation(meetingId: string, scale: EvaluationScale): Promise<Evaluation> {
  const existing = await evaluationOf(meetingId);
  if (existing?.status === 'open') {
    if (existing.scale === scale) return existing;
    // The scale may change only while no one has answered.
    if ((await answerCount(existing.id)) === 0) return evaluations.update(existing.id, { scale });
    return existing;
  }
  return evaluations.save({ id: newId(), meetingId, scale, status: 'open' });
}

/** One participant's answers. Stored as separate rows with random ids: nothing links them. */
export async function saveAnswers(
  evaluationId: string,
  answers: { question: EvaluationQuestion; value: number }[],
): Promise<void> {
  const rows: EvaluationAnswer[] = answers.map((a) =>
    evaluationAnswerSchema.parse({ id: newId(), evaluationId, ...a }),
  );
  const db = database();
  await db.transaction('rw', db.evaluationAnswers, db.evaluations, async () => {
    const evaluation = await db.evaluations.get(evaluationId);
    if (!evaluation || evaluation._deleted === 1 || evaluation.status !== 'open') throw new Error('evaluation-closed');
    await db.evaluationAnswers.bulkAdd(rows);
  });
}

export async function answerCount(evaluationId: string): Promise<number> {
  const rows = await database().evaluationAnswers.where('evaluationId').equals(evaluationId).toArray();
  return rows.filter((r) => r.question === 'meeting').length;
}

/** Sums the answers into the evaluation record and deletes them. */
export async function closeEvaluation(evaluationId: string): Promise<Evaluation> {
  const db = database();
  return db.transaction('rw', [db.evaluations, db.evaluationAnswers, db.meta, db.outbox], async () => {
    const evaluation = await evaluations.get(evaluationId);
    if (!evaluation) throw new Error('evaluation-missing');
    if (evaluation.status === 'closed') return evaluation;
    const answers = await db.evaluationAnswers.where('evaluationId').equals(evaluationId).toArray();
    const tally = tallyEvaluation(answers, evaluation.scale);
    // Reopened after an earlier close: the new answers add to the earlier totals.
    const before = evaluation.results;
    const results = before
      ? {
          meeting: tally.results.meeting.map((n, i) => n + (before.meeting[i] ?? 0)),
          'said-it': tally.results['said-it'].map((n, i) => n + (before['said-it'][i] ?? 0)),
        }
      : tally.results;
    const participants = tally.participants + (evaluation.participants ?? 0);
    const closed = await evaluations.save({ ...evaluation, status: 'closed', results, participants });
    await db.evaluationAnswers.where('evaluationId').equals(evaluationId).delete();
    return closed;
  });
}

/** Opens a closed evaluation again so more people can answer; earlier totals are kept. */
export function reopenEvaluation(evaluation: Evaluation): Promise<Evaluation> {
  return evaluations.save({ ...evaluation, status: 'open' });
}

export interface EvaluationState {
  meeting: Meeting;
  evaluation: Evaluation | undefined;
  /** While open: how many people have answered (never what). */
  answered: number;
}

/** `undefined` while loading, `null` when the meeting does not exist. */
export function useEvaluation(meetingId: string | undefined): EvaluationState | null | undefined {
  return useLiveQuery(async () => {
    if (!meetingId) return null;
    const meeting = await meetings.get(meetingId);
    if (!meeting) return null;
    const evaluation = await evaluationOf(meetingId);
    const answered = evaluation?.status === 'open' ? await answerCount(evaluation.id) : 0;
    return { meeting, evaluation, answered };
  }, [meetingId]);
}

/** Closed evaluations of a council's meetings, for the yearly summary. */
export function useCouncilEvaluations(councilId: string | undefined, year: number): Evaluation[] | undefined {
  return useLiveQuery(async () => {
    if (!councilId) return [];
    const inYear = (await meetings.where('councilId', councilId)).filter(
      (m) => new Date(m.startsAt).getFullYear() === year,
    );
    const lists = await Promise.all(inYear.map((m) => evaluations.where('meetingId', m.id)));
    return lists.flat().filter((e) => e.status === 'closed');
  }, [councilId, year]);
}

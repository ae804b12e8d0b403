import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { RaadetDatabase, setDatabase } from './database';
import { answerCount, closeEvaluation, reopenEvaluation, saveAnswers, startEvaluation } from './evaluation-store';

let db: RaadetDatabase;
beforeEach(async () => {
  db = new RaadetDatabase(`test-${crypto.randomUUID()}`);
  setDatabase(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('evaluation storage', () => {
  it('keeps answers apart from each other and from any person, then sums them on close', async () => {
    const meetingId = newId();
    const evaluation = await startEvaluation(meetingId, 3);
    await saveAnswers(evaluation.id, [
      { question: 'meeting', value: 3 },
      { question: 'said-it', value: 2 },
    ]);
    await saveAnswers(evaluation.id, [
      { question: 'meeting', value: 1 },
      { question: 'said-it', value: 3 },
    ]);
    expect(await answerCount(evaluation.id)).toBe(2);

    const rows = await db.evaluationAnswers.toArray();
    // Exactly the four fields: no member, no time, no clock stamps, no outbox rows.
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['evaluationId', 'id', 'question', 'value']);
    const outboxTables = (await db.outbox.toArray()).map((o) => o.table);
    expect(outboxTables).not.toContain('evaluationAnswers');

    const closed = await closeEvaluation(evaluation.id);
    expect(closed).toMatchObject({
      status: 'closed',
      participants: 2,
      results: { meeting: [1, 0, 1], 'said-it': [0, 1, 1] },
    });
    // The single answers are gone once the totals are stored.
    expect(await db.evaluationAnswers.count()).toBe(0);
    await expect(saveAnswers(evaluation.id, [{ question: 'meeting', value: 1 }])).rejects.toThrow('evaluation-closed');
  });

  it('adds later answers to the earlier totals when reopened', async () => {
    const evaluation = await startEvaluation(newId(), 5);
    await saveAnswers(evaluation.id, [
      { question: 'meeting', value: 5 },
      { question: 'said-it', value: 4 },
    ]);
    const closed = await closeEvaluation(evaluation.id);
    await reopenEvaluation(closed);
    await saveAnswers(evaluation.id, [
      { question: 'meeting', value: 1 },
      { question: 'said-it', value: 4 },
    ]);
    const again = await closeEvaluation(evaluation.id);
    expect(again.participants).toBe(2);
    expect(again.results).toEqual({ meeting: [1, 0, 0, 0, 1], 'said-it': [0, 0, 0, 2, 0] });
  });

  it('lets staff change 3 or 5 smileys only before anyone answered', async () => {
    const meetingId = newId();
    const first = await startEvaluation(meetingId, 3);
    expect((await startEvaluation(meetingId, 5)).scale).toBe(5);
    await saveAnswers(first.id, [{ question: 'meeting', value: 2 }]);
    expect((await startEvaluation(meetingId, 3)).scale).toBe(5);
  });
});

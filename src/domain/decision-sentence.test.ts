import { describe, expect, it } from 'vitest';
import { decisionSentence, type DecisionSentenceInput } from './decision-sentence';

const input = (question: string, optionId: string, language = 'da'): DecisionSentenceInput => ({
  question,
  kind: 'yes-no',
  result: {
    kind: 'shown',
    count: { optionIds: [], counts: {}, ballotCount: 2, leaders: [optionId], outcome: 'winner' },
  },
  decided: { kind: 'winner', optionId },
  label: (id) => id,
  language,
  and: 'og',
});

describe('decisionSentence', () => {
  it.each([
    ['Sommertur til stranden?', 'yes', 'yesTopic', { topic: 'sommertur til stranden' }],
    ['  „Sommertur til stranden?“ ', 'no', 'noTopic', { topic: 'sommertur til stranden' }],
    ['Skal vi på tur?', 'yes', 'yesStatement', { statement: 'Vi skal på tur' }],
    ['skal vi på tur', 'no', 'noStatement', { statement: 'Vi skal ikke på tur' }],
    ['Hvornår skal vi på tur?', 'yes', 'yesQuestion', { question: 'Hvornår skal vi på tur?' }],
    ['Hvornår skal vi på tur?', 'dont-know', 'notYet', {}],
    ['Holder vi fest i haven?', 'no', 'noStatement', { statement: 'Vi holder ikke fest i haven' }],
    ['TV i stuen?', 'yes', 'yesTopic', { topic: 'TV i stuen' }],
    ['Skal vi?', 'yes', 'yesTopic', { topic: 'skal vi' }],
  ])('%j answered %s gives %s', (question, optionId, key, values) => {
    expect(decisionSentence(input(question, optionId))).toEqual({ key, values });
  });

  it('uses only the topic rule in a language it has no grammar for', () => {
    expect(decisionSentence(input('Skal vi på tur?', 'yes', 'de'))).toEqual({
      key: 'yesTopic',
      values: { topic: 'skal vi på tur' },
    });
  });

  it('an open secret vote is not decided yet', () => {
    expect(decisionSentence({ ...input('Tur?', 'yes'), result: { kind: 'hidden' }, decided: undefined }).key).toBe(
      'notYet',
    );
  });
});

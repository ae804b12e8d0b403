import { describe, expect, it } from 'vitest';
import { asSentence, joinSentences } from './spoken-sentences';

describe('asSentence', () => {
  it.each([
    ['Sommertur til stranden', 'Sommertur til stranden.'],
    ['Sommertur til stranden?', 'Sommertur til stranden?'],
    ['Vi tager på tur!', 'Vi tager på tur!'],
    ['Vi tager på tur.', 'Vi tager på tur.'],
    ['Vi tager på tur..', 'Vi tager på tur.'],
    ['Sommertur?.', 'Sommertur?'],
    ['Det har vi besluttet:', 'Det har vi besluttet.'],
    ['  Punkt 3  ', 'Punkt 3.'],
    ['Hun sagde „ja.“', 'Hun sagde „ja.“'],
    ['Vent lidt …', 'Vent lidt …'],
    ['Vi skal have kage – ', 'Vi skal have kage.'],
    ['Første linje\nanden linje', 'Første linje anden linje.'],
    ['   ', ''],
  ])('%j reads as %j', (part, sentence) => {
    expect(asSentence(part)).toBe(sentence);
  });
});

describe('joinSentences', () => {
  it.each([
    [['Brugerrådsmøde', 'Tirsdag den 1. december klokken 10'], 'Brugerrådsmøde. Tirsdag den 1. december klokken 10.'],
    [['Sommertur til stranden?', 'Vi stemmer om turen.'], 'Sommertur til stranden? Vi stemmer om turen.'],
    [
      ['Vi tager på tur.', 'Anna sørger for det', undefined, 'Opfølgning: I gang'],
      'Vi tager på tur. Anna sørger for det. Opfølgning: I gang.',
    ],
    [['Punkt 1', '', null, false, 'Velkommen'], 'Punkt 1. Velkommen.'],
    [['Summer trip?', 'Anna takes care of it'], 'Summer trip? Anna takes care of it.'],
    [[], ''],
  ] as const)('%j becomes %j', (parts, spoken) => {
    const text = joinSentences(parts);
    expect(text).toBe(spoken);
    expect(text).not.toMatch(/[?!]\.|(?<!\.)\.\.(?!\.)/u);
  });
});

import { renderHook } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Minutes } from '../../domain/minutes';
import { useMinutesSpeech } from './minutes-speech';

const minutes: Minutes = {
  meetingId: 'm',
  councilName: 'Brugerrådet',
  title: 'Brugerrådsmøde',
  startsAt: new Date(2026, 3, 14, 10, 0).toISOString(),
  location: 'Fællesstuen',
  present: [
    { memberId: 'a', name: 'Anna', role: 'resident' },
    { memberId: 'b', name: 'Bo', role: 'resident' },
    { memberId: 'c', name: 'Camilla', role: 'resident' },
  ],
  absent: [],
  items: [
    {
      itemId: 'i1',
      number: 1,
      kind: 'vote',
      title: 'Sommertur til stranden?',
      details: 'Vi stemmer om turen.',
      votes: [
        {
          voteId: 'v',
          question: 'Sommertur til stranden?',
          kind: 'yes-no',
          mode: 'open',
          result: {
            kind: 'shown',
            count: {
              optionIds: ['yes', 'no', 'dont-know'],
              counts: { yes: 2, no: 1, 'dont-know': 0 },
              ballotCount: 3,
              leaders: ['yes'],
              outcome: 'winner',
            },
          },
          decided: { kind: 'winner', optionId: 'yes' },
        },
      ],
      decisions: [
        {
          decisionId: 'd',
          text: 'Vi siger ja til sommertur til stranden.',
          responsibleName: 'Anna',
          dueDate: '2026-06-01',
        },
      ],
    },
  ],
  decisionCount: 1,
};

afterEach(() => i18next.changeLanguage('da'));

describe('reading the whole minutes aloud', () => {
  it('says the title, the date, who was there, each item, vote and decision, in order, as sentences', () => {
    const { result } = renderHook(() => useMinutesSpeech());
    const parts = result.current(minutes, true).map((p) => p.text);
    expect(parts).toEqual([
      'Brugerrådet. Referat: Brugerrådsmøde.',
      'Mødet var tirsdag den 14. april 2026 klokken 10. Vi mødtes her: Fællesstuen.',
      'Dem, der var med: Anna, Bo og Camilla. Alle var med.',
      'Punkt 1. Sommertur til stranden? Vi stemmer om turen.',
      'Afstemning: Sommertur til stranden? Flest stemte: Ja.',
      'Beslutning: Vi siger ja til sommertur til stranden. Anna sørger for det. Senest mandag den 1. juni 2026.',
      'Vi tog 1 beslutning.',
    ]);
    for (const part of parts) expect(part).not.toMatch(/[?!]\.|(?<!\.)\.\.(?!\.)/u);
  });

  it('reads in English too', async () => {
    await i18next.changeLanguage('en');
    const { result } = renderHook(() => useMinutesSpeech());
    const parts = result.current(minutes, false).map((p) => p.text);
    expect(parts[0]).toBe('Brugerrådet. Minutes: Brugerrådsmøde.');
    expect(parts[1]).toMatch(/^The meeting was on Tuesday,? 14 April 2026 at 10\. We met here: Fællesstuen\.$/);
    expect(parts.at(-1)).toBe('We made 1 decision.');
  });
});

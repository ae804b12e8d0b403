import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { VoteKind } from '../domain/vote';
import type { Decided, VisibleResult } from '../domain/vote-tally';
import { decisionSentenceText } from './decision-sentence-text';

const shown: VisibleResult = {
  kind: 'shown',
  count: { optionIds: [], counts: {}, ballotCount: 3, leaders: [], outcome: 'winner' },
};
const winner = (optionId: string): Decided => ({ kind: 'winner', optionId });
const labels: Record<string, Record<string, string>> = {
  da: {
    yes: 'Ja',
    no: 'Nej',
    'dont-know': 'Ved ikke',
    kande: 'Kaffemaskine med kande',
    pads: 'Kaffemaskine med puder',
    happy: 'Glad',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    'dont-know': "Don't know",
    kande: 'Coffee maker with a jug',
    pads: 'Pod coffee maker',
    happy: 'Happy',
  },
};

function sentence(
  language: 'da' | 'en',
  question: string,
  kind: VoteKind,
  decided: Decided | undefined,
  result: VisibleResult = shown,
) {
  const t = i18next.getFixedT(language, 'voting');
  return decisionSentenceText(
    { question, kind, result, decided, label: (id) => labels[language]![id] ?? id },
    t,
    language,
  );
}

describe('the decision pre-filled from a vote result', () => {
  it.each([
    ['Sommertur til stranden?', 'yes', 'Vi siger ja til sommertur til stranden.'],
    ['Sommertur til stranden?', 'no', 'Vi siger nej til sommertur til stranden.'],
    ['Skal vi på sommertur til stranden?', 'yes', 'Vi skal på sommertur til stranden.'],
    ['Skal vi på sommertur til stranden?', 'no', 'Vi skal ikke på sommertur til stranden.'],
    ['Vil I have pizza fredag?', 'yes', 'Vi vil have pizza fredag.'],
    ['Skal der være fest i haven?', 'no', 'Der skal ikke være fest i haven.'],
    ['TV i fællesstuen?', 'yes', 'Vi siger ja til TV i fællesstuen.'],
    ['Hvad med en ny kaffemaskine?', 'yes', 'Hvad med en ny kaffemaskine? Vi siger ja.'],
    ['Skal vi på tur?', 'dont-know', 'Vi har ikke besluttet, om vi skal på tur.'],
    ['Sommertur til stranden?', 'dont-know', 'Vi har ikke besluttet noget om sommertur til stranden endnu.'],
  ])('in Danish, %j answered %s reads %j', (question, optionId, expected) => {
    const text = sentence('da', question, 'yes-no', winner(optionId));
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\?:|: (Ja|Nej)$/u);
  });

  it.each([
    ['Summer trip to the beach?', 'yes', 'We say yes to summer trip to the beach.'],
    ['Summer trip to the beach?', 'no', 'We say no to summer trip to the beach.'],
    ['Shall we go to the beach?', 'yes', 'We will go to the beach.'],
    ['Shall we go to the beach?', 'no', 'We will not go to the beach.'],
    ['Do we want pizza on Friday?', 'yes', 'We want pizza on Friday.'],
    ['Do we want pizza on Friday?', 'no', 'We do not want pizza on Friday.'],
    ['What about a new coffee maker?', 'no', 'What about a new coffee maker? We say no.'],
    ['Can we get a cat?', 'dont-know', 'We have not decided yet whether we can get a cat.'],
  ])('in English, %j answered %s reads %j', (question, optionId, expected) => {
    expect(sentence('en', question, 'yes-no', winner(optionId))).toBe(expected);
  });

  it.each([
    ['da', 'choose-one', winner('kande'), 'Vi vælger: Kaffemaskine med kande.'],
    ['en', 'choose-one', winner('kande'), 'We choose: Coffee maker with a jug.'],
    ['da', 'choose-up-to', winner('pads'), 'Flest stemte på: Kaffemaskine med puder.'],
    ['da', 'smiley', winner('happy'), 'De fleste svarede: Glad.'],
    [
      'da',
      'choose-one',
      { kind: 'tie', among: ['kande', 'pads'], rule: 'staff-decide' },
      'Der var lige mange stemmer på Kaffemaskine med kande og Kaffemaskine med puder. Vi har ikke besluttet det endnu.',
    ],
    [
      'da',
      'yes-no',
      { kind: 'tie', among: ['yes', 'no'], rule: 'staff-decide' },
      'Der var lige mange stemmer på ja og nej. Vi har ikke besluttet det endnu.',
    ],
    [
      'en',
      'yes-no',
      { kind: 'tie', among: ['yes', 'no'], rule: 'new-round' },
      'The votes were equal for yes and no. We have not decided yet.',
    ],
    ['da', 'yes-no', { kind: 'no-votes' }, 'Ingen stemte. Vi har ikke besluttet det endnu.'],
    ['en', 'yes-no', { kind: 'no-votes' }, 'Nobody voted. We have not decided yet.'],
  ] satisfies ['da' | 'en', VoteKind, Decided, string][])(
    'in %s, a %s vote decided %j reads %j',
    (language, kind, decided, expected) => {
      expect(sentence(language, 'Hvilken kaffemaskine skal vi købe?', kind, decided)).toBe(expected);
    },
  );

  it('a tie broken by lot or by staff reads as the winning answer', () => {
    const decided: Decided = {
      kind: 'winner',
      optionId: 'yes',
      tieBreak: { method: 'lot', optionId: 'yes', among: ['yes', 'no'] },
    };
    expect(sentence('da', 'Sommertur til stranden?', 'yes-no', decided)).toBe(
      'Vi siger ja til sommertur til stranden.',
    );
  });

  it('a secret vote with too few ballots says so in both languages', () => {
    const tooFew: VisibleResult = { kind: 'too-few', ballotCount: 2 };
    expect(sentence('da', 'Sommertur?', 'yes-no', undefined, tooFew)).toBe(
      'For få stemte til at vise resultatet. Vi har ikke besluttet det endnu.',
    );
    expect(sentence('en', 'Summer trip?', 'yes-no', undefined, tooFew)).toBe(
      'Too few people voted to show the result. We have not decided yet.',
    );
  });
});

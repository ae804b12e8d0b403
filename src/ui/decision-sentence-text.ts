// The decision pre-filled from a vote result, in the reader's language (the rules are in
// domain/decision-sentence; the words are in the `voting` namespace under decisionSentence).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { decisionSentence, type DecisionSentenceInput } from '../domain/decision-sentence';
import { asSentence } from '../domain/spoken-sentences';

export type DecisionSentenceFacts = Omit<DecisionSentenceInput, 'language' | 'and'>;

export function decisionSentenceText(facts: DecisionSentenceFacts, t: TFunction<'voting'>, language: string): string {
  const { key, values } = decisionSentence({ ...facts, language, and: t('decisionSentence.and') });
  return asSentence(t(`decisionSentence.${key}`, values));
}

export function useDecisionSentence(): (facts: DecisionSentenceFacts) => string {
  const { t, i18n } = useTranslation('voting');
  return (facts) => decisionSentenceText(facts, t, i18n.language);
}

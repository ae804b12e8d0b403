import { useTranslation } from 'react-i18next';
import type { EvaluationQuestion, EvaluationScale } from '../../domain/evaluation';

/** The words under each smiley, saddest first, per question and scale. */
export function useAnswerLabels(scale: EvaluationScale): Record<EvaluationQuestion, string[]> {
  const { t } = useTranslation('evaluation');
  const list = (question: EvaluationQuestion) => {
    const value: unknown = t(`answers.${question}.${scale}`, { returnObjects: true });
    return Array.isArray(value) ? value.map(String) : [];
  };
  return { meeting: list('meeting'), 'said-it': list('said-it') };
}

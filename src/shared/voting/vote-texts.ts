import { useTranslation } from 'react-i18next';
import type { YesNoChoice } from '../../domain/vote';
import type { Tally } from '../../domain/vote-tally';

/** The words a vote is shown and read aloud with, in the current language. */
export function useVoteTexts() {
  const { t } = useTranslation('run-meeting');
  const choiceLabels: Record<YesNoChoice, string> = {
    yes: t('vote.yes'),
    no: t('vote.no'),
    'dont-know': t('vote.dontKnow'),
  };
  return {
    choiceLabels,
    countLabel: (count: number) => t('vote.count', { count }),
    outcome: (outcome: Tally['outcome']) => t(`vote.result.${outcome}`),
  };
}

// "Hør mulighederne": reads every option of a ballot aloud, in the order shown, with its
// recorded voice when it has one. In a secret ballot this is how the options are heard at all,
// since a tap on one is silent: the reading is the same words, in the same order, for every
// voter, so the room learns nothing of who is voting or what anyone chose.
import { useTranslation } from 'react-i18next';
import type { ReadAllHooks } from '../../ui/read-aloud-queue';
import { ReadAllToggle } from '../../ui/read-all-toggle';
import { useRecordings } from '../../ui/use-recordings';
import type { ChoiceOption } from './choice-options';

interface HearChoicesButtonProps {
  options: readonly ChoiceOption[];
  /** Told which option is being read (null when the reading ends), to show it on screen. */
  onItem: ReadAllHooks['onItem'];
}

export function HearChoicesButton({ options, onItem }: HearChoicesButtonProps) {
  const { t } = useTranslation('voting');
  const recordings = useRecordings(options.map((o) => o.voice));
  return (
    <ReadAllToggle
      className="ballot-flow__hear-choices"
      items={() =>
        options.map((option) => ({
          text: option.speech ?? option.label,
          recording: option.voice ? recordings.get(option.voice) : undefined,
        }))
      }
      onItem={onItem}
      startLabel={t('flow.hearChoices')}
      stopLabel={t('flow.stopHearing')}
    />
  );
}

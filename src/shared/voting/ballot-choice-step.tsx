// The voter's private ballot: the question and only the options. With more than one choice
// allowed the options toggle and "Færdig" moves on; with one, a tap goes straight to confirm.
// A tap on an option is silent unless staff turned spoken choices on (headphones): the room
// must not hear the choice. "Hør mulighederne" reads them all beforehand instead.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PictogramButton } from '../../ui/pictogram-button';
import { SpeakButton } from '../../ui/speak-button';
import { BallotStepHeading, type BallotHeadingProps } from './ballot-step-heading';
import type { ChoiceOption } from './choice-options';
import { HearChoicesButton } from './hear-choices-button';
import { OptionButton } from './option-button';

interface BallotChoiceStepProps extends BallotHeadingProps {
  question: string;
  options: readonly ChoiceOption[];
  maxChoices: number;
  picked: readonly string[];
  assisted: boolean;
  voterName: string;
  /** Read a tapped option aloud: only when staff said the tablet has headphones. */
  spokenChoices: boolean;
  onChoose: (optionId: string) => void;
  onNotMe: () => void;
  onDone: () => void;
}

export function BallotChoiceStep({
  question,
  options,
  maxChoices,
  picked,
  assisted,
  voterName,
  spokenChoices,
  onChoose,
  onNotMe,
  onDone,
  ...heading
}: BallotChoiceStepProps) {
  const { t } = useTranslation('voting');
  const many = maxChoices > 1;
  const [reading, setReading] = useState<number | null>(null);
  return (
    <section className="ballot-flow ballot-flow--private" aria-labelledby="ballot-flow-heading">
      <div className="ballot-flow__title-row">
        <BallotStepHeading {...heading}>{question}</BallotStepHeading>
        <SpeakButton text={many ? `${question} ${t('flow.pickUpTo', { count: maxChoices })}` : question} />
      </div>
      {many && <p className="ballot-flow__hint">{t('flow.pickUpTo', { count: maxChoices })}</p>}
      <HearChoicesButton options={options} onItem={setReading} />
      <div
        className={`ballot-flow__options ballot-flow__options--${Math.min(options.length, 8)}`}
        role="group"
        aria-label={t('flow.options')}
      >
        {options.map((option, index) => (
          <OptionButton
            key={option.id}
            option={option}
            className={reading === index ? 'vote-option--reading' : undefined}
            speakOnTap={spokenChoices}
            pictureSize={options.length > 4 ? 96 : 128}
            aria-pressed={many ? picked.includes(option.id) : undefined}
            onClick={() => onChoose(option.id)}
          />
        ))}
      </div>
      <div className="ballot-flow__footer">
        <button type="button" className="button ballot-flow__back" onClick={onNotMe}>
          {t('flow.notMe', { name: voterName })}
        </button>
        {assisted && <span className="ballot-flow__assisted-badge">{t('flow.assisted')}</span>}
        {many && (
          <PictogramButton
            picture={{ type: 'pictogram', id: 'finished' }}
            label={t('flow.done')}
            variant="primary"
            pictureSize={64}
            disabled={picked.length === 0}
            onClick={onDone}
          />
        )}
      </div>
    </section>
  );
}

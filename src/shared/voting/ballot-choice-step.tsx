// The voter's private ballot: the question and only the options. With more than one choice
// allowed the options toggle and "Færdig" moves on; with one, a tap goes straight to confirm.
import { useTranslation } from 'react-i18next';
import { PictogramButton } from '../../ui/pictogram-button';
import { SpeakButton } from '../../ui/speak-button';
import { BallotStepHeading, type BallotHeadingProps } from './ballot-step-heading';
import type { ChoiceOption } from './choice-options';
import { OptionButton } from './option-button';

interface BallotChoiceStepProps extends BallotHeadingProps {
  question: string;
  options: readonly ChoiceOption[];
  maxChoices: number;
  picked: readonly string[];
  assisted: boolean;
  voterName: string;
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
  onChoose,
  onNotMe,
  onDone,
  ...heading
}: BallotChoiceStepProps) {
  const { t } = useTranslation('voting');
  const many = maxChoices > 1;
  return (
    <section className="ballot-flow ballot-flow--private" aria-labelledby="ballot-flow-heading">
      <div className="ballot-flow__title-row">
        <BallotStepHeading {...heading}>{question}</BallotStepHeading>
        <SpeakButton text={many ? `${question} ${t('flow.pickUpTo', { count: maxChoices })}` : question} />
      </div>
      {many && <p className="ballot-flow__hint">{t('flow.pickUpTo', { count: maxChoices })}</p>}
      <div
        className={`ballot-flow__options ballot-flow__options--${Math.min(options.length, 8)}`}
        role="group"
        aria-label={t('flow.options')}
      >
        {options.map((option) => (
          <OptionButton
            key={option.id}
            option={option}
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

// "Er du sikker?": the chosen option(s) large, with "Det er min stemme" / "Jeg vil vælge igen".
// The choice is shown, not spoken, unless staff turned spoken choices on (headphones): read
// aloud, the question asks only "Er det din stemme?".
import { useTranslation } from 'react-i18next';
import { PictogramButton } from '../../ui/pictogram-button';
import { SpeakButton } from '../../ui/speak-button';
import { BallotStepHeading, type BallotHeadingProps } from './ballot-step-heading';
import type { ChoiceOption } from './choice-options';
import { OptionPicture } from './option-picture';

interface BallotConfirmStepProps extends BallotHeadingProps {
  chosen: readonly ChoiceOption[];
  /** While the ballot is being stored: neither answer can be tapped again. */
  saving: boolean;
  /** Name the choice when reading aloud: only when staff said the tablet has headphones. */
  spokenChoices: boolean;
  onMine: () => void;
  onChooseAgain: () => void;
}

export function BallotConfirmStep({
  chosen,
  saving,
  spokenChoices,
  onMine,
  onChooseAgain,
  ...heading
}: BallotConfirmStepProps) {
  const { t } = useTranslation('voting');
  const spoken = spokenChoices
    ? t('flow.sureSpoken', { choice: chosen.map((o) => o.label).join(', ') })
    : t('flow.sureSilent');
  // The confirmation never reuses an option's picture or word (no tick "Ja", no "Gentag"
  // arrows): the choice is shown large, and the two answers have pictures of their own.
  return (
    <section className="ballot-flow ballot-flow--confirm" aria-labelledby="ballot-flow-heading">
      <div className="ballot-flow__title-row">
        <BallotStepHeading {...heading}>{t('flow.sure')}</BallotStepHeading>
        <SpeakButton text={spoken} />
      </div>
      <ul
        className={`ballot-flow__chosen${chosen.length > 1 ? ' ballot-flow__chosen--many' : ''}`}
        aria-label={t('flow.chosen')}
      >
        {chosen.map((option) => (
          <li
            key={option.id}
            className={`ballot-flow__chosen-option ballot-flow__chosen-option--${option.variant ?? 'default'}`}
          >
            <OptionPicture option={option} size={chosen.length > 1 ? 96 : 160} />
            <span>{option.label}</span>
          </li>
        ))}
      </ul>
      <div className="ballot-flow__confirm-buttons">
        <PictogramButton
          picture={{ type: 'pictogram', id: 'cast-vote' }}
          label={t('flow.mine')}
          variant="primary"
          pictureSize={88}
          speakOnTap={false}
          disabled={saving}
          className="ballot-flow__mine"
          onClick={onMine}
        />
        <PictogramButton
          picture={{ type: 'pictogram', id: 'back' }}
          label={t('flow.chooseAgain')}
          variant="default"
          pictureSize={88}
          disabled={saving}
          className="ballot-flow__again"
          onClick={onChooseAgain}
        />
      </div>
    </section>
  );
}

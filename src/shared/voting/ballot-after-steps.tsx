// The screens after a ballot: "Tak, din stemme er talt", "Giv tabletten videre", and the
// refusal when the ballot could not be stored. None of them shows anything of the choice.
import { useTranslation } from 'react-i18next';
import { PictogramButton } from '../../ui/pictogram-button';
import { PictureView } from '../../ui/picture-view';
import { ballotRefusalKey, type BallotRefusal } from './ballot-refusal';
import { BallotStepHeading, type BallotHeadingProps } from './ballot-step-heading';

const bigTitle = 'ballot-flow__title ballot-flow__title--big';

export function BallotThanksStep({ onContinue, ...heading }: BallotHeadingProps & { onContinue: () => void }) {
  const { t } = useTranslation('voting');
  return (
    <section
      className="ballot-flow ballot-flow--thanks"
      aria-labelledby="ballot-flow-heading"
      data-testid="ballot-thanks"
    >
      <PictureView picture={{ type: 'pictogram', id: 'thank-you' }} decorative size={200} />
      <BallotStepHeading {...heading} className={bigTitle}>
        {t('flow.thanks')}
      </BallotStepHeading>
      <button type="button" className="button button--primary ballot-flow__next" onClick={onContinue}>
        {t('flow.continue')}
      </button>
    </section>
  );
}

export function BallotHandOverStep({ onNextVoter, ...heading }: BallotHeadingProps & { onNextVoter: () => void }) {
  const { t } = useTranslation('voting');
  return (
    <section
      className="ballot-flow ballot-flow--hand-over"
      aria-labelledby="ballot-flow-heading"
      data-testid="ballot-hand-over"
    >
      <PictureView picture={{ type: 'pictogram', id: 'my-turn' }} decorative size={200} />
      <BallotStepHeading {...heading} className={bigTitle}>
        {t('flow.handOver')}
      </BallotStepHeading>
      <PictogramButton
        picture={{ type: 'pictogram', id: 'people-group' }}
        label={t('flow.nextVoter')}
        variant="primary"
        pictureSize={72}
        onClick={onNextVoter}
      />
    </section>
  );
}

export function BallotRefusedStep({
  reason,
  onBack,
  ...heading
}: BallotHeadingProps & { reason: BallotRefusal; onBack: () => void }) {
  const { t } = useTranslation('voting');
  return (
    <section className="ballot-flow ballot-flow--refused" aria-labelledby="ballot-flow-heading">
      <PictureView picture={{ type: 'pictogram', id: 'stop' }} decorative size={160} />
      <BallotStepHeading {...heading}>{t(ballotRefusalKey[reason])}</BallotStepHeading>
      <button type="button" className="button button--primary ballot-flow__next" onClick={onBack}>
        {t('flow.backToVoters')}
      </button>
    </section>
  );
}

// "Hvem stemmer nu?": the voters still to vote, and the staff switch that marks the next
// ballot as cast with help. This step is not private: staff and voter look at it together.
import { useTranslation } from 'react-i18next';
import { SpeakButton } from '../../ui/speak-button';
import { BallotStepHeading, type BallotHeadingProps } from './ballot-step-heading';
import { VoterGrid, type Voter } from './voter-grid';

interface BallotWhoStepProps extends BallotHeadingProps {
  voters: readonly Voter[];
  assistNext: boolean;
  onToggleAssist: () => void;
  onPick: (voterId: string) => void;
}

export function BallotWhoStep({ voters, assistNext, onToggleAssist, onPick, ...heading }: BallotWhoStepProps) {
  const { t } = useTranslation('voting');
  const votedCount = voters.filter((v) => v.voted).length;
  return (
    <section className="ballot-flow ballot-flow--who" aria-labelledby="ballot-flow-heading">
      <div className="ballot-flow__title-row">
        <BallotStepHeading {...heading}>{t('flow.who')}</BallotStepHeading>
        <SpeakButton text={t('flow.whoSpoken')} />
        <p className="ballot-flow__progress">{t('flow.progress', { count: votedCount, total: voters.length })}</p>
      </div>
      <VoterGrid voters={voters} onPick={onPick} label={t('flow.voters')} />
      <div className="ballot-flow__staff">
        <button type="button" className="button ballot-flow__assist" aria-pressed={assistNext} onClick={onToggleAssist}>
          <span className="ballot-flow__assist-box" aria-hidden="true">
            {assistNext ? '✓' : ''}
          </span>
          {t('flow.assist')}
        </button>
        <span className="ballot-flow__assist-hint">{assistNext ? t('flow.assistOn') : t('flow.assistHint')}</span>
      </div>
    </section>
  );
}

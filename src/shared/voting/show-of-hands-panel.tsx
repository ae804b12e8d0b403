// The yes / no / don't know show of hands: three big answers, counted live. Staff tap who
// raised their hand, then the answer: each household counts once. A hand without a name is
// counted only when staff chose "count hands without names" (never more than can vote).
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot, Vote, YesNoChoice } from '../../domain/vote';
import { tallyYesNo } from '../../domain/vote-tally';
import { PictogramButton } from '../../ui/pictogram-button';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { speak } from '../../ui/speech';
import { VoteTallyView } from './vote-tally-view';
import { MemberPickStrip } from './member-pick-strip';
import { OpenVoteFeedback, UnnamedHandsToggle, useOpenCast } from './open-vote-cast-state';
import type { VoteProgress } from './vote-progress';
import { useVoteTexts } from './vote-texts';

interface VotePanelProps {
  vote: Vote;
  /** The item's title: a question that only repeats it is not shown twice. */
  itemTitle: string;
  /** This vote's ballots, live. */
  ballots: readonly Ballot[];
  progress: VoteProgress;
  /** Shown under a closed result: tie actions, "make a decision". */
  closedExtras?: ReactNode;
}

const buttons: { choice: YesNoChoice; variant: 'yes' | 'no' | 'neutral' }[] = [
  { choice: 'yes', variant: 'yes' },
  { choice: 'no', variant: 'no' },
  { choice: 'dont-know', variant: 'neutral' },
];

/** The resident side of a vote: three big answers while open, the result as pictures when closed. */
export function ShowOfHandsPanel({ vote, ballots, itemTitle, progress, closedExtras }: VotePanelProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const texts = useVoteTexts();
  const tally = tallyYesNo(ballots);
  const cast = useOpenCast(vote, progress);
  const [lastChoice, setLastChoice] = useState<YesNoChoice | null>(null);

  // The thank-you fades after a few seconds so the next person sees a calm screen.
  const { feedback, clearFeedback } = cast;
  useEffect(() => {
    if (feedback?.kind !== 'counted') return;
    const timer = setTimeout(clearFeedback, 4000);
    return () => clearTimeout(timer);
  }, [feedback, clearFeedback]);

  async function answer(choice: YesNoChoice) {
    if (await cast.cast([choice])) {
      setLastChoice(choice);
      speak(t('vote.thanks'), i18n.language);
    }
  }

  if (vote.status === 'closed') {
    const result = texts.outcome(tally.outcome);
    return (
      <section className="meeting-vote meeting-vote--closed" aria-labelledby="meeting-vote-heading">
        <div className="meeting-vote__summary">
          <h3 id="meeting-vote-heading" className="meeting-vote__closed-heading">
            {t('vote.closed')}
          </h3>
          {vote.question.trim() !== itemTitle.trim() && (
            <p className="meeting-vote__closed-question">{vote.question}</p>
          )}
          <div className="meeting-vote__result-line">
            <p className="meeting-vote__result-text">{result}</p>
            <SpeakButton text={`${vote.question}. ${result}`} />
          </div>
        </div>
        <VoteTallyView
          tally={tally}
          choiceLabels={texts.choiceLabels}
          countLabel={texts.countLabel}
          showOutcome
          winnerLabel={t('vote.winner')}
          tieLabel={t('vote.tie')}
          pictureSize={64}
        />
        {closedExtras}
      </section>
    );
  }

  return (
    <section className="meeting-vote" aria-labelledby="meeting-vote-heading">
      {vote.question.trim() === itemTitle.trim() ? (
        <h3 id="meeting-vote-heading" className="visually-hidden">
          {vote.question}
        </h3>
      ) : (
        <div className="meeting-vote__question-row">
          <h3 id="meeting-vote-heading" className="meeting-vote__question">
            {vote.question}
          </h3>
          <SpeakButton text={vote.question} />
        </div>
      )}
      <div className="meeting-vote__cast">
        <MemberPickStrip
          voters={progress.voters}
          selected={cast.voter?.id ?? null}
          onSelect={cast.selectVoter}
          allShown={progress.allShown}
          disabled={cast.saving}
          pickFirst={cast.feedback?.kind === 'pick-first'}
        />
        <UnnamedHandsToggle vote={vote} progress={progress} />
        <div className="meeting-vote__choices" role="group" aria-label={t('vote.choices')}>
          {buttons.map(({ choice, variant }) => (
            <PictogramButton
              key={choice}
              className="meeting-vote__choice"
              picture={{ type: 'pictogram', id: choice }}
              label={texts.choiceLabels[choice]}
              variant={variant}
              pictureSize={112}
              disabled={cast.saving}
              onClick={() => void answer(choice)}
            />
          ))}
        </div>
        <OpenVoteFeedback
          state={cast}
          picture={
            lastChoice ? <PictureView picture={{ type: 'pictogram', id: lastChoice }} decorative size={56} /> : null
          }
        />
      </div>
      <div className="meeting-vote__live">
        <h4 className="meeting-vote__live-heading">
          {t('vote.liveResult')}{' '}
          <span className="meeting-vote__total">
            ({t('flow.progress', { ns: 'voting', count: progress.votedCount, total: progress.eligibleCount })})
          </span>
        </h4>
        <VoteTallyView tally={tally} choiceLabels={texts.choiceLabels} countLabel={texts.countLabel} pictureSize={48} />
      </div>
    </section>
  );
}

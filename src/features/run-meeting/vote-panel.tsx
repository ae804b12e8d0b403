import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot, Vote, YesNoChoice } from '../../domain/vote';
import { tallyYesNo } from '../../domain/vote-tally';
import { PictogramButton } from '../../ui/pictogram-button';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { speak } from '../../ui/speech';
import { VoteTallyView } from '../../ui/vote-tally-view';
import { castBallot } from './vote-actions';
import { useVoteTexts } from './vote-texts';

interface VotePanelProps {
  vote: Vote;
  /** The item's title: a question that only repeats it is not shown twice. */
  itemTitle: string;
  /** This vote's ballots, live. */
  ballots: readonly Ballot[];
}

type Feedback = { kind: 'thanks'; choice: YesNoChoice; key: number } | { kind: 'refused' } | { kind: 'failed' };

const buttons: { choice: YesNoChoice; variant: 'yes' | 'no' | 'neutral' }[] = [
  { choice: 'yes', variant: 'yes' },
  { choice: 'no', variant: 'no' },
  { choice: 'dont-know', variant: 'neutral' },
];

/** The resident side of a vote: three big answers while open, the result as pictures when closed. */
export function VotePanel({ vote, ballots, itemTitle }: VotePanelProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const texts = useVoteTexts();
  const tally = tallyYesNo(ballots);
  // Taps are written one after another, never dropped: staff may tap "Ja" once per raised hand.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  // The thank-you fades after a few seconds so the next person sees a calm screen.
  useEffect(() => {
    if (feedback?.kind !== 'thanks') return;
    const timer = setTimeout(() => setFeedback(null), 4000);
    return () => clearTimeout(timer);
  }, [feedback]);

  function cast(choice: YesNoChoice) {
    queue.current = queue.current.then(async () => {
      try {
        const outcome = await castBallot(vote.id, choice);
        if (outcome.ok) {
          setFeedback({ kind: 'thanks', choice, key: Date.now() });
          speak(t('vote.thanks'), i18n.language);
        } else {
          setFeedback({ kind: 'refused' });
        }
      } catch {
        setFeedback({ kind: 'failed' });
      }
    });
  }

  if (vote.status === 'closed') {
    const result = texts.outcome(tally.outcome);
    return (
      <section className="meeting-vote meeting-vote--closed" aria-labelledby="meeting-vote-heading">
        <div className="meeting-vote__summary">
          <h3 id="meeting-vote-heading" className="meeting-vote__closed-heading">
            {t('vote.closed')}
          </h3>
          {vote.question.trim() !== itemTitle.trim() && <p className="meeting-vote__closed-question">{vote.question}</p>}
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
      <div className="meeting-vote__choices" role="group" aria-label={t('vote.choices')}>
        {buttons.map(({ choice, variant }) => (
          <PictogramButton
            key={choice}
            className="meeting-vote__choice"
            picture={{ type: 'pictogram', id: choice }}
            label={texts.choiceLabels[choice]}
            variant={variant}
            pictureSize={112}
            onClick={() => cast(choice)}
          />
        ))}
      </div>
      <div className="meeting-vote__feedback" role="status">
        {feedback?.kind === 'thanks' && (
          <p key={feedback.key} className="meeting-vote__thanks">
            <PictureView picture={{ type: 'pictogram', id: feedback.choice }} decorative size={56} />
            <span>{t('vote.thanks')}</span>
          </p>
        )}
        {feedback?.kind === 'refused' && <p className="notice notice--error">{t('vote.refused')}</p>}
        {feedback?.kind === 'failed' && <p className="notice notice--error">{t('vote.failed')}</p>}
      </div>
      </div>
      <div className="meeting-vote__live">
        <h4 className="meeting-vote__live-heading">
          {t('vote.liveResult')} <span className="meeting-vote__total">({t('vote.total', { count: tally.total })})</span>
        </h4>
        <VoteTallyView tally={tally} choiceLabels={texts.choiceLabels} countLabel={texts.countLabel} pictureSize={48} />
      </div>
    </section>
  );
}

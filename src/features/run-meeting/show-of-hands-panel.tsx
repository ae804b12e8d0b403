// The yes / no / don't know show of hands: three big answers, counted live. Staff may first
// tap who raised their hand; that answer is then the member's, counted once.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot, Vote, YesNoChoice } from '../../domain/vote';
import { tallyYesNo } from '../../domain/vote-tally';
import { PictogramButton } from '../../ui/pictogram-button';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { speak } from '../../ui/speech';
import { VoteTallyView } from '../../ui/vote-tally-view';
import type { Voter } from '../../ui/voting/voter-grid';
import { MemberPickStrip } from './member-pick-strip';
import { castBallot, castMemberBallot } from './vote-actions';
import { useVoteTexts } from './vote-texts';

interface VotePanelProps {
  vote: Vote;
  /** The item's title: a question that only repeats it is not shown twice. */
  itemTitle: string;
  /** This vote's ballots, live. */
  ballots: readonly Ballot[];
  voters?: readonly Voter[];
  allShown?: boolean;
  /** Shown under a closed result: tie actions, "make a decision". */
  closedExtras?: ReactNode;
}

type Feedback = { kind: 'thanks'; choice: YesNoChoice; key: number } | { kind: 'refused'; reason: string } | { kind: 'failed' };

const buttons: { choice: YesNoChoice; variant: 'yes' | 'no' | 'neutral' }[] = [
  { choice: 'yes', variant: 'yes' },
  { choice: 'no', variant: 'no' },
  { choice: 'dont-know', variant: 'neutral' },
];

/** The resident side of a vote: three big answers while open, the result as pictures when closed. */
export function ShowOfHandsPanel({ vote, ballots, itemTitle, voters = [], allShown = false, closedExtras }: VotePanelProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const texts = useVoteTexts();
  const tally = tallyYesNo(ballots);
  // Taps are written one after another, never dropped: staff may tap "Ja" once per raised hand.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [memberId, setMemberId] = useState<string | null>(null);
  const selected = voters.find((v) => v.id === memberId && !v.voted);

  // The thank-you fades after a few seconds so the next person sees a calm screen.
  useEffect(() => {
    if (feedback?.kind !== 'thanks') return;
    const timer = setTimeout(() => setFeedback(null), 4000);
    return () => clearTimeout(timer);
  }, [feedback]);

  function cast(choice: YesNoChoice) {
    const forMember = selected?.id;
    setMemberId(null);
    queue.current = queue.current.then(async () => {
      try {
        const outcome = forMember ? await castMemberBallot(vote.id, forMember, [choice]) : await castBallot(vote.id, choice);
        if (outcome.ok) {
          setFeedback({ kind: 'thanks', choice, key: Date.now() });
          speak(t('vote.thanks'), i18n.language);
        } else {
          setFeedback({ kind: 'refused', reason: outcome.reason });
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
      <MemberPickStrip voters={voters} selected={selected?.id ?? null} onSelect={setMemberId} allShown={allShown} />
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
        {feedback?.kind === 'refused' && (
          <p className="notice notice--error">
            {feedback.reason === 'already-voted' ? t('refused.already-voted', { ns: 'voting' }) : t('vote.refused')}
          </p>
        )}
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

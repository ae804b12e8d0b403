// The vote on the current item, whatever its kind and mode: open (member, then choice, counted
// live), secret (the tablet passed round; nothing shown until closed), or counted by hand.
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../domain/attendance';
import type { Member } from '../../domain/member';
import { choicesAllowed, choicesSpokenOnTap, type Ballot, type Vote } from '../../domain/vote';
import { visibleResult } from '../../domain/vote-tally';
import type { VoterRule } from '../../domain/vote-eligibility';
import { useSecretResultBallots } from '../../storage/voting-queries';
import { SpeakButton } from '../../ui/speak-button';
import { useChoiceOptions } from './choice-options';
import { SecretBallotFlow } from './secret-ballot-flow';
import { VoteResultView } from './vote-result-view';
import { HandCountForm } from './hand-count-form';
import { OpenVoteCast } from './open-vote-cast';
import { castSecret } from './vote-actions';
import { VoteResultPanel } from './vote-result-panel';
import { useVoteProgress } from './vote-progress';
import './vote-panel.css';

interface VotePanelProps {
  vote: Vote;
  /** The item's title: a question that only repeats it is not shown twice. */
  itemTitle: string;
  /** This vote's open ballots, live. */
  ballots: readonly Ballot[];
  members?: readonly Member[];
  attendance?: readonly Attendance[];
  /** The council's rule for who votes. */
  voterRule?: VoterRule;
  /** Opens the decision form with this text. */
  onMakeDecision?: (text: string) => void;
}

export function VotePanel({
  vote,
  itemTitle,
  ballots,
  members = [],
  attendance = [],
  voterRule = 'residents',
  onMakeDecision,
}: VotePanelProps) {
  const { t } = useTranslation('voting');
  const options = useChoiceOptions(vote);
  const progress = useVoteProgress(vote, ballots, members, attendance, voterRule);
  const { voters, allShown } = progress;
  const secretBallots = useSecretResultBallots(vote);
  const counted = vote.mode === 'secret' ? (secretBallots ?? []) : ballots;
  const result = visibleResult(vote, counted);

  if (vote.status === 'closed') {
    return (
      <VoteResultPanel
        vote={vote}
        result={result}
        options={options}
        assistedCount={vote.tally?.assistedCount ?? progress.assistedCount}
        onMakeDecision={onMakeDecision}
        itemTitle={itemTitle}
      />
    );
  }

  const repeatsTitle = vote.question.trim() === itemTitle.trim();

  const question = repeatsTitle ? (
    <h3 id={`vote-${vote.id}`} className="visually-hidden">
      {vote.question}
    </h3>
  ) : (
    <div className="meeting-vote__question-row">
      <h3 id={`vote-${vote.id}`} className="meeting-vote__question">
        {vote.question}
      </h3>
      <SpeakButton text={vote.question} />
    </div>
  );

  if (vote.mode === 'secret') {
    return (
      <section className="vote-panel vote-panel--secret" aria-labelledby={`vote-${vote.id}`}>
        {question}
        <p className="vote-panel__mode">
          <svg className="vote-panel__lock" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" />
          </svg>
          <span>
            {t('panel.secretRunning')} · {t('result.hidden')}
            {allShown && <span className="vote-panel__mode-note"> {t('panel.allMembersShown')}</span>}
          </span>
        </p>
        <SecretBallotFlow
          question={vote.question}
          voters={voters}
          options={options}
          maxChoices={choicesAllowed(vote)}
          spokenChoices={choicesSpokenOnTap(vote)}
          headingLevel={3}
          onCast={(memberId, picked, assisted) => castSecret(vote.id, memberId, picked, assisted)}
        />
      </section>
    );
  }

  return (
    <section className={`vote-panel vote-panel--${vote.mode}`} aria-labelledby={`vote-${vote.id}`}>
      {question}
      <div className="vote-panel__columns">
        {vote.mode === 'open' ? (
          <OpenVoteCast vote={vote} options={options} progress={progress} />
        ) : (
          <HandCountForm key={vote.id} vote={vote} options={options} />
        )}
        <div className="vote-panel__live">
          <h4 className="vote-panel__subheading">
            {t('panel.liveResult')}{' '}
            <span className="vote-panel__total">
              (
              {vote.mode === 'open'
                ? t('flow.progress', { count: progress.votedCount, total: progress.eligibleCount })
                : t('panel.total', { count: result.kind === 'shown' ? result.count.ballotCount : 0 })}
              )
            </span>
          </h4>
          <VoteResultView result={result} decided={undefined} options={options} showOutcome={false} pictureSize={48} />
        </div>
      </div>
    </section>
  );
}

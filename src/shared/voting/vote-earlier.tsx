// Earlier votes on the item on screen (a first round, or a question voted on before), one
// short line each with the result, so staff and residents can see what was decided before.
import { useTranslation } from 'react-i18next';
import type { Ballot, Vote } from '../../domain/vote';
import { decideVote, visibleResult } from '../../domain/vote-tally';
import { useSecretResultBallots } from '../../storage/voting-queries';
import { SpeakButton } from '../../ui/speak-button';
import { useChoiceOptions } from './choice-options';
import { useResultSentence } from './vote-result-view';

interface VoteEarlierProps {
  /** The item's closed votes other than the one shown, oldest first. */
  votes: readonly Vote[];
  /** Open ballots of the meeting, live. */
  ballots: readonly Ballot[];
}

export function VoteEarlier({ votes, ballots }: VoteEarlierProps) {
  const { t } = useTranslation('voting');
  if (votes.length === 0) return null;
  return (
    <section className="vote-earlier" aria-labelledby="vote-earlier-heading">
      <h2 id="vote-earlier-heading" className="vote-earlier__heading">
        {t('earlier.heading', { count: votes.length })}
      </h2>
      <ol className="vote-earlier__list">
        {votes.map((vote) => (
          <EarlierVote key={vote.id} vote={vote} ballots={ballots.filter((b) => b.voteId === vote.id)} />
        ))}
      </ol>
    </section>
  );
}

function EarlierVote({ vote, ballots }: { vote: Vote; ballots: readonly Ballot[] }) {
  const { t } = useTranslation('voting');
  const options = useChoiceOptions(vote);
  const secret = useSecretResultBallots(vote);
  const sentenceOf = useResultSentence();
  const result = visibleResult(vote, vote.mode === 'secret' ? (secret ?? []) : ballots);
  const decided = result.kind === 'shown' ? decideVote(vote, result.count) : undefined;
  const sentence = sentenceOf(result, decided, options);
  const count = result.kind === 'shown' ? result.count.ballotCount : result.kind === 'too-few' ? result.ballotCount : 0;
  return (
    <li className="vote-earlier__item">
      <span className="vote-earlier__question">{vote.question}</span>
      <span className="vote-earlier__result">
        {sentence} <span className="vote-earlier__count">({t('result.count', { count })})</span>
      </span>
      <SpeakButton text={`${vote.question} ${sentence}`} />
    </li>
  );
}

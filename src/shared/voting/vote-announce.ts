// Closing a vote from the staff bar and reading the result aloud.
import { useTranslation } from 'react-i18next';
import { visibleResult, decideVote } from '../../domain/vote-tally';
import { secretBallotsOf } from '../../storage/ballot-box';
import { ballots } from '../../storage/repositories';
import { speak } from '../../ui/speech';
import { choiceOptions } from './choice-options';
import { useResultSentence } from './vote-result-view';
import { closeVote } from './vote-actions';

export function useCloseAndAnnounce() {
  const { t, i18n } = useTranslation('voting');
  const sentenceOf = useResultSentence();
  return async (voteId: string) => {
    const vote = await closeVote(voteId);
    // A secret vote's result comes from its stored tally; only one closed before tallies were
    // stored is counted from the ballots on this tablet.
    const counted =
      vote.mode !== 'secret'
        ? await ballots.where('voteId', vote.id)
        : vote.tally
          ? []
          : await secretBallotsOf(vote.id);
    const result = visibleResult(vote, counted);
    const decided = result.kind === 'shown' ? decideVote(vote, result.count) : undefined;
    speak(sentenceOf(result, decided, choiceOptions(vote, t)), i18n.language);
  };
}

// Closing a vote from the staff bar and reading the result aloud.
import { useTranslation } from 'react-i18next';
import { visibleResult, decideVote, tallyYesNo } from '../../domain/vote-tally';
import { secretBallotsOf } from '../../storage/ballot-box';
import { ballots, votes } from '../../storage/repositories';
import { speak } from '../../ui/speech';
import { choiceOptions } from '../../ui/voting/choice-options';
import { useResultSentence } from '../../ui/voting/vote-result-view';
import { closeVote } from './vote-actions';

export function useCloseAndAnnounce() {
  const { t, i18n } = useTranslation('voting');
  const legacy = useTranslation('run-meeting').t;
  const sentenceOf = useResultSentence();
  return async (voteId: string) => {
    await closeVote(voteId);
    const vote = await votes.get(voteId);
    if (!vote) return;
    const counted = vote.mode === 'secret' ? await secretBallotsOf(vote.id) : await ballots.where('voteId', vote.id);
    if (vote.kind === 'yes-no' && vote.mode === 'open') {
      speak(legacy(`vote.result.${tallyYesNo(counted).outcome}`), i18n.language);
      return;
    }
    const result = visibleResult(vote, counted);
    const decided = result.kind === 'shown' ? decideVote(vote, result.count) : undefined;
    speak(sentenceOf(result, decided, choiceOptions(vote, (key) => t(key))), i18n.language);
  };
}

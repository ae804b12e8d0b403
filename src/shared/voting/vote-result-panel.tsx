// A closed vote: the result as pictures, what to do at a tie (the council's rule first), and
// a way to turn the result into a decision.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tieRules, type Vote } from '../../domain/vote';
import { decideVote, drawLot, staffTieBreak, type Decided, type VisibleResult } from '../../domain/vote-tally';
import { speak } from '../../ui/speech';
import type { ChoiceOption } from './choice-options';
import { VoteResultView } from './vote-result-view';
import { useDecisionSentence } from '../../ui/decision-sentence-text';
import { recordTieBreak, startNewRound } from './vote-actions';

interface VoteResultPanelProps {
  vote: Vote;
  result: VisibleResult;
  options: readonly ChoiceOption[];
  assistedCount: number;
  onMakeDecision?: ((text: string) => void) | undefined;
  /** The item's title: a question that only repeats it is not shown again. */
  itemTitle?: string;
}

export function decidedOf(vote: Vote, result: VisibleResult): Decided | undefined {
  return result.kind === 'shown' ? decideVote(vote, result.count) : undefined;
}

export function VoteResultPanel({
  vote,
  result,
  options,
  assistedCount,
  onMakeDecision,
  itemTitle,
}: VoteResultPanelProps) {
  const { t } = useTranslation('voting');
  const decided = decidedOf(vote, result);
  return (
    <section
      className="meeting-vote meeting-vote--closed vote-panel vote-panel--closed"
      aria-labelledby={`vote-result-${vote.id}`}
    >
      <div className="vote-panel__result-head">
        <h3 id={`vote-result-${vote.id}`} className="meeting-vote__closed-heading">
          {t('panel.closed')} · {t(`minutes.mode.${vote.mode}`)}
        </h3>
        {vote.question.trim() !== itemTitle?.trim() && <p className="meeting-vote__closed-question">{vote.question}</p>}
        {assistedCount > 0 && <p className="vote-panel__hint">{t('panel.assistedCount', { count: assistedCount })}</p>}
      </div>
      <VoteResultView result={result} decided={decided} options={options} pictureSize={64} />
      <VoteResultActions vote={vote} result={result} options={options} onMakeDecision={onMakeDecision} />
    </section>
  );
}

/** Under a closed result: what to do at a tie, and "make a decision from the result". */
function VoteResultActions({
  vote,
  result,
  options,
  onMakeDecision,
}: Omit<VoteResultPanelProps, 'assistedCount' | 'itemTitle'>) {
  const { t, i18n } = useTranslation('voting');
  const decisionSentence = useDecisionSentence();
  const decided = decidedOf(vote, result);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  // A plain sentence ("Vi siger ja til sommertur til stranden."), never "question?: Ja".
  const prefill = () => decisionSentence({ question: vote.question, kind: vote.kind, result, decided, label });

  async function act(action: () => Promise<void>, done?: string) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      if (done) setMessage({ text: done, error: false });
    } catch {
      setMessage({ text: t('panel.actionFailed'), error: true });
    } finally {
      setBusy(false);
    }
  }

  const tie = decided?.kind === 'tie' ? decided : undefined;
  const ruleActions = tie && (
    <section className="vote-panel__tie" aria-labelledby={`tie-${vote.id}`}>
      <h4 id={`tie-${vote.id}`} className="vote-panel__subheading">
        {t('tie.heading')}
      </h4>
      <p>{t('tie.ruleIs', { rule: t(`tieRule.${tie.rule}`) })}</p>
      {[...tieRules]
        .sort((a, b) => (a === tie.rule ? -1 : b === tie.rule ? 1 : 0))
        .map((rule, index) => (
          <div key={rule} className={`vote-panel__tie-action${index === 0 ? ' vote-panel__tie-action--rule' : ''}`}>
            {index === 1 && <p className="vote-panel__tie-other">{t('tie.other')}</p>}
            {rule === 'draw-lots' && (
              <button
                type="button"
                className={`button${index === 0 ? ' button--primary' : ''}`}
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    const lot = drawLot(tie.among);
                    await recordTieBreak(vote.id, lot);
                    speak(t('result.winnerByLot', { option: label(lot.optionId) }), i18n.language);
                  }, t('tie.drawn'))
                }
              >
                {t('tie.draw')}
              </button>
            )}
            {rule === 'staff-decide' && (
              <div className="button-row" role="group" aria-label={t('tie.staffPick')}>
                {tie.among.map((id) => (
                  <button
                    key={id}
                    type="button"
                    className={`button${index === 0 ? ' button--primary' : ''}`}
                    disabled={busy}
                    onClick={() => void act(() => recordTieBreak(vote.id, staffTieBreak(tie.among, id)))}
                  >
                    {t('tie.staffPickButton', { option: label(id) })}
                  </button>
                ))}
              </div>
            )}
            {rule === 'new-round' && (
              <button
                type="button"
                className={`button${index === 0 ? ' button--primary' : ''}`}
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    await startNewRound(vote, tie.among);
                    speak(vote.question, i18n.language);
                  })
                }
              >
                {t('tie.newRound')}
              </button>
            )}
          </div>
        ))}
    </section>
  );

  return (
    <>
      {ruleActions}
      {message && (
        <p
          className={message.error ? 'notice notice--error' : 'vote-panel__hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {onMakeDecision && result.kind === 'shown' && decided?.kind === 'winner' && (
        <button type="button" className="button vote-panel__decide" onClick={() => onMakeDecision(prefill())}>
          {t('panel.makeDecision')}
        </button>
      )}
      {onMakeDecision && !(result.kind === 'shown' && decided?.kind === 'winner') && result.kind !== 'hidden' && (
        <button type="button" className="button vote-panel__decide" onClick={() => onMakeDecision(prefill())}>
          {t('panel.makeDecision')}
        </button>
      )}
    </>
  );
}

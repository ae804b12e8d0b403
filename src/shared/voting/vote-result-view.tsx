// A vote's result as pictures: one mark per vote beside each option's picture, the number
// written out, the winner enlarged with a star and read aloud on request, a tie shown as a tie
// with what the council's rule says to do. A secret vote shows nothing while open and no
// breakdown under three ballots.
import { useTranslation } from 'react-i18next';
import type { Decided, VisibleResult } from '../../domain/vote-tally';
import { SpeakButton } from '../../ui/speak-button';
import type { ChoiceOption } from './choice-options';
import { OptionPicture } from './option-picture';
import './voting.css';

interface VoteResultViewProps {
  result: VisibleResult;
  decided: Decided | undefined;
  options: readonly ChoiceOption[];
  /** Enlarge the winner and mark ties (a closed vote); a live count shows plain rows. */
  showOutcome?: boolean;
  pictureSize?: number;
}

/** The sentence a result is read aloud and shown with. */
export function useResultSentence() {
  const { t } = useTranslation('voting');
  return (result: VisibleResult, decided: Decided | undefined, options: readonly ChoiceOption[]): string => {
    const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
    if (result.kind === 'hidden') return t('result.hidden');
    if (result.kind === 'too-few') return t('result.tooFew', { count: result.ballotCount });
    if (!decided || decided.kind === 'no-votes') return t('result.noVotes');
    if (decided.kind === 'tie')
      return t('result.tie', { options: decided.among.map(label).join(` ${t('result.and')} `) });
    if (decided.tieBreak?.method === 'lot') return t('result.winnerByLot', { option: label(decided.optionId) });
    if (decided.tieBreak?.method === 'staff') return t('result.winnerByStaff', { option: label(decided.optionId) });
    return t('result.winner', { option: label(decided.optionId) });
  };
}

export function VoteResultView({
  result,
  decided,
  options,
  showOutcome = true,
  pictureSize = 72,
}: VoteResultViewProps) {
  const { t } = useTranslation('voting');
  const sentence = useResultSentence()(result, decided, options);

  if (result.kind !== 'shown') {
    return (
      <div className="vote-result vote-result--withheld">
        <p className="vote-result__sentence">
          <svg className="vote-result__shape" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" />
          </svg>
          {sentence}
        </p>
        {result.kind === 'too-few' && <p className="vote-result__why">{t('result.tooFewWhy')}</p>}
      </div>
    );
  }

  const { count } = result;
  const winner = showOutcome && decided?.kind === 'winner' ? decided.optionId : undefined;
  const tied = showOutcome && decided?.kind === 'tie' ? decided.among : [];
  return (
    <div className="vote-result">
      {showOutcome && (
        <div className="vote-result__headline">
          <p className="vote-result__sentence">{sentence}</p>
          <SpeakButton text={sentence} />
        </div>
      )}
      <ul className="vote-result__rows">
        {options.map((option) => {
          const n = count.counts[option.id] ?? 0;
          const isWinner = option.id === winner;
          const isTied = tied.includes(option.id);
          const rowClass = [
            'vote-result__row',
            // Yes, no and don't know keep their colours here as on their buttons.
            option.variant && option.variant !== 'default' ? `vote-result__row--${option.variant}` : '',
            isWinner ? 'vote-result__row--winner' : '',
            isTied ? 'vote-result__row--tied' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={option.id} className={rowClass} data-option={option.id}>
              <OptionPicture option={option} size={isWinner ? Math.round(pictureSize * 1.6) : pictureSize} />
              <span className="vote-result__label">{option.label}</span>
              <span className="vote-result__marks" role="img" aria-label={t('result.count', { count: n })}>
                {Array.from({ length: n }, (_, i) => (
                  <svg key={i} className="vote-result__mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                    <circle cx="10" cy="10" r="8" />
                  </svg>
                ))}
              </span>
              <span className="vote-result__count" aria-hidden="true">
                {n}
              </span>
              {isWinner && (
                <span className="vote-result__badge">
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z" />
                  </svg>
                  {t('result.winnerBadge')}
                </span>
              )}
              {isTied && (
                <span className="vote-result__badge vote-result__badge--tie">
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 8h16M4 16h16" />
                  </svg>
                  {t('result.tieBadge')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

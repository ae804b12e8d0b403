import type { Tally } from '../../domain/vote-tally';
import { yesNoChoices, type YesNoChoice } from '../../domain/vote';
import { PictureView } from '../../ui/picture-view';
import './vote-tally-view.css';

interface VoteTallyViewProps {
  tally: Tally;
  /** The word for each choice in the reader's language ("Ja", "Nej", "Ved ikke"). */
  choiceLabels: Record<YesNoChoice, string>;
  /** The count in words, e.g. "3 stemmer"; also the text alternative of the marks. */
  countLabel: (count: number) => string;
  /** Enlarge the winner and mark ties; for a closed vote. */
  showOutcome?: boolean;
  /** Badge text beside the single winner ("Flest stemmer"). */
  winnerLabel?: string;
  /** Badge text beside each of the tied leaders ("Lige mange"). */
  tieLabel?: string;
  pictureSize?: number;
  className?: string;
}

/**
 * A vote's result as pictures: each choice's pictogram with one mark per vote, and the
 * number written out, so the count does not depend on counting dots or on colour.
 */
export function VoteTallyView({
  tally,
  choiceLabels,
  countLabel,
  showOutcome = false,
  winnerLabel,
  tieLabel,
  pictureSize = 72,
  className,
}: VoteTallyViewProps) {
  const isWinner = (c: YesNoChoice) => showOutcome && tally.outcome === c;
  const isTied = (c: YesNoChoice) => showOutcome && tally.outcome === 'tie' && tally.leaders.includes(c);
  return (
    <ul className={['vote-tally', className].filter(Boolean).join(' ')}>
      {yesNoChoices.map((choice) => {
        const count = tally.counts[choice];
        const winner = isWinner(choice);
        const tied = isTied(choice);
        const rowClass = [
          'vote-tally__row',
          `vote-tally__row--${choice}`,
          winner ? 'vote-tally__row--winner' : '',
          tied ? 'vote-tally__row--tied' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <li key={choice} className={rowClass} data-choice={choice}>
            <PictureView
              picture={{ type: 'pictogram', id: choice }}
              decorative
              size={winner ? Math.round(pictureSize * 1.5) : pictureSize}
            />
            <span className="vote-tally__label">{choiceLabels[choice]}</span>
            <span className="vote-tally__marks" role="img" aria-label={countLabel(count)}>
              {Array.from({ length: count }, (_, i) => (
                <svg key={i} className="vote-tally__mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                  <circle cx="10" cy="10" r="8" />
                </svg>
              ))}
            </span>
            <span className="vote-tally__count" aria-hidden="true">
              {count}
            </span>
            {winner && winnerLabel && (
              <span className="vote-tally__badge">
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z" />
                </svg>
                {winnerLabel}
              </span>
            )}
            {tied && tieLabel && (
              <span className="vote-tally__badge vote-tally__badge--tie">
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M4 8h16M4 16h16" />
                </svg>
                {tieLabel}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

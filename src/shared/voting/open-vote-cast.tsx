// A show of hands on the tablet, for every kind of vote: staff tap who raised their hand,
// then the answer. Each household counts once; hands without names only when staff chose
// that (see open-vote-cast-state.tsx).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../domain/vote';
import { choicesAllowed } from '../../domain/vote';
import { speak } from '../../ui/speech';
import type { ChoiceOption } from './choice-options';
import { OptionButton } from './option-button';
import { OptionPicture } from './option-picture';
import { MemberPickStrip } from './member-pick-strip';
import { OpenVoteFeedback, UnnamedHandsToggle, useOpenCast } from './open-vote-cast-state';
import type { VoteProgress } from './vote-progress';

interface OpenVoteCastProps {
  vote: Vote;
  options: readonly ChoiceOption[];
  progress: VoteProgress;
}

export function OpenVoteCast({ vote, options, progress }: OpenVoteCastProps) {
  const { t, i18n } = useTranslation('voting');
  const [picked, setPicked] = useState<string[]>([]);
  // The answer just counted, shown beside the thank-you so the voter sees what was counted.
  const [lastCounted, setLastCounted] = useState<ChoiceOption | undefined>();
  const state = useOpenCast(vote, progress);
  const allowed = choicesAllowed(vote);
  const many = allowed > 1;

  async function cast(choice: string[]) {
    if (await state.cast(choice)) {
      setLastCounted(choice.length === 1 ? options.find((o) => o.id === choice[0]) : undefined);
      speak(t('flow.thanks'), i18n.language);
      setPicked([]);
    }
  }

  return (
    <div className="vote-panel__cast">
      <MemberPickStrip
        voters={progress.voters}
        selected={state.voter?.id ?? null}
        onSelect={state.selectVoter}
        allShown={progress.allShown}
        disabled={state.saving}
        pickFirst={state.feedback?.kind === 'pick-first'}
      />
      <UnnamedHandsToggle vote={vote} progress={progress} />
      {state.voter && <p className="vote-panel__choosing">{t('panel.choosingFor', { name: state.voter.name })}</p>}
      {many && <p className="vote-panel__hint">{t('flow.pickUpTo', { count: allowed })}</p>}
      <div
        className={`vote-panel__options vote-panel__options--${options.length}`}
        role="group"
        aria-label={t('flow.options')}
      >
        {options.map((option) => (
          <OptionButton
            key={option.id}
            option={option}
            pictureSize={options.length > 4 ? 72 : 96}
            disabled={state.saving}
            aria-pressed={many ? picked.includes(option.id) : undefined}
            onClick={() => {
              if (!many) return void cast([option.id]);
              setPicked((list) =>
                list.includes(option.id)
                  ? list.filter((id) => id !== option.id)
                  : list.length < allowed
                    ? [...list, option.id]
                    : list,
              );
            }}
          />
        ))}
      </div>
      {many && (
        <button
          type="button"
          className="button button--primary vote-panel__done"
          disabled={picked.length === 0 || state.saving}
          onClick={() => void cast(picked)}
        >
          {t('flow.done')}
        </button>
      )}
      <OpenVoteFeedback state={state} picture={lastCounted ? <OptionPicture option={lastCounted} size={56} /> : null} />
    </div>
  );
}

// A show of hands on the tablet for choose-one, choose-up-to and smiley votes: staff tap who
// raised their hand (optional), then the answer. Named ballots count once per member.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../domain/vote';
import { choicesAllowed } from '../../domain/vote';
import { speak } from '../../ui/speech';
import type { ChoiceOption } from '../../ui/voting/choice-options';
import { OptionButton } from '../../ui/voting/option-button';
import type { Voter } from '../../ui/voting/voter-grid';
import { MemberPickStrip } from './member-pick-strip';
import { castMemberBallot } from './vote-actions';

interface OpenVoteCastProps {
  vote: Vote;
  options: readonly ChoiceOption[];
  voters: readonly Voter[];
  allShown: boolean;
}

type Feedback = { kind: 'counted'; name: string | undefined; key: number } | { kind: 'refused'; reason: string } | { kind: 'failed' };

export function OpenVoteCast({ vote, options, voters, allShown }: OpenVoteCastProps) {
  const { t, i18n } = useTranslation('voting');
  const [voterId, setVoterId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [saving, setSaving] = useState(false);
  const counter = useRef(0);
  const allowed = choicesAllowed(vote);
  const many = allowed > 1;
  const voter = voters.find((v) => v.id === voterId && !v.voted);

  async function cast(choice: string[]) {
    if (saving) return;
    setSaving(true);
    try {
      const outcome = await castMemberBallot(vote.id, voter?.id, choice);
      if (outcome.ok) {
        counter.current += 1;
        setFeedback({ kind: 'counted', name: voter?.name, key: counter.current });
        speak(t('flow.thanks'), i18n.language);
        setVoterId(null);
        setPicked([]);
      } else setFeedback({ kind: 'refused', reason: outcome.reason });
    } catch {
      setFeedback({ kind: 'failed' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="vote-panel__cast">
      <MemberPickStrip voters={voters} selected={voter?.id ?? null} onSelect={setVoterId} allShown={allShown} />
      {voter && <p className="vote-panel__choosing">{t('panel.choosingFor', { name: voter.name })}</p>}
      {many && <p className="vote-panel__hint">{t('flow.pickUpTo', { count: allowed })}</p>}
      <div className="vote-panel__options" role="group" aria-label={t('flow.options')}>
        {options.map((option) => (
          <OptionButton
            key={option.id}
            option={option}
            pictureSize={options.length > 4 ? 72 : 96}
            disabled={saving}
            aria-pressed={many ? picked.includes(option.id) : undefined}
            onClick={() => {
              if (!many) return void cast([option.id]);
              setPicked((list) =>
                list.includes(option.id) ? list.filter((id) => id !== option.id) : list.length < allowed ? [...list, option.id] : list,
              );
            }}
          />
        ))}
      </div>
      {many && (
        <button
          type="button"
          className="button button--primary vote-panel__done"
          disabled={picked.length === 0 || saving}
          onClick={() => void cast(picked)}
        >
          {t('flow.done')}
        </button>
      )}
      <div className="vote-panel__feedback" role="status">
        {feedback?.kind === 'counted' && (
          <p key={feedback.key} className="vote-panel__counted">
            {feedback.name ? t('panel.counted', { name: feedback.name }) : t('flow.thanks')}
          </p>
        )}
        {feedback?.kind === 'refused' && (
          <p className="notice notice--error">{t(`refused.${feedback.reason}`, { defaultValue: t('refused.other') })}</p>
        )}
        {feedback?.kind === 'failed' && <p className="notice notice--error">{t('refused.failed')}</p>}
      </div>
    </div>
  );
}

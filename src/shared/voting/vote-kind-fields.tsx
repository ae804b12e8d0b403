// What kind of vote (yes/no, choose one, choose up to, smileys) and how it is cast (show of
// hands, secret, counted by hand); a smiley vote also picks three or five faces, and a secret
// one may read a tapped option aloud when the tablet has headphones.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { voteKinds, voteModes } from '../../domain/vote';
import type { VoteDraft } from './vote-setup-draft';

interface VoteKindFieldsProps {
  draft: VoteDraft;
  onChange: (change: Partial<VoteDraft>) => void;
}

export function VoteKindFields({ draft, onChange }: VoteKindFieldsProps) {
  const { t } = useTranslation('voting');
  const spokenHintId = useId();
  return (
    <>
      <div className="vote-setup__columns">
        <fieldset className="vote-setup__choices">
          <legend>{t('create.kind')}</legend>
          {voteKinds.map((k) => (
            <label key={k} className="vote-setup__radio">
              <input
                type="radio"
                name="vote-kind"
                value={k}
                checked={draft.kind === k}
                onChange={() => onChange({ kind: k })}
              />
              {t(`create.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="vote-setup__choices">
          <legend>{t('create.mode')}</legend>
          {voteModes.map((m) => (
            <label key={m} className="vote-setup__radio">
              <input
                type="radio"
                name="vote-mode"
                value={m}
                checked={draft.mode === m}
                onChange={() => onChange({ mode: m })}
              />
              <span>
                {t(`create.modes.${m}`)}
                <span className="vote-setup__radio-hint">{t(`create.modeHints.${m}`)}</span>
              </span>
            </label>
          ))}
          {draft.mode === 'secret' && (
            <div className="vote-setup__spoken-choices">
              <label className="vote-setup__radio">
                <input
                  type="checkbox"
                  checked={draft.spokenChoices}
                  aria-describedby={spokenHintId}
                  onChange={(event) => onChange({ spokenChoices: event.target.checked })}
                />
                {t('create.spokenChoices')}
              </label>
              <p id={spokenHintId} className="vote-setup__radio-hint">
                {t('create.spokenChoicesHint')}
              </p>
            </div>
          )}
        </fieldset>
      </div>

      {draft.kind === 'smiley' && (
        <fieldset className="vote-setup__choices vote-setup__choices--row">
          <legend>{t('create.scale')}</legend>
          {([3, 5] as const).map((n) => (
            <label key={n} className="vote-setup__radio">
              <input
                type="radio"
                name="vote-scale"
                checked={draft.scale === n}
                onChange={() => onChange({ scale: n })}
              />
              {t(n === 3 ? 'create.scale3' : 'create.scale5')}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

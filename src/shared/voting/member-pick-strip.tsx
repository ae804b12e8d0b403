// In an open vote staff first tap who raised their hand: the next answer is then that
// person's, counted once for their household. Those who have voted are marked and locked.
import { useTranslation } from 'react-i18next';
import { MemberAvatar } from '../../ui/member-avatar';
import type { Voter } from './voter-grid';

interface MemberPickStripProps {
  voters: readonly Voter[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  allShown: boolean;
  /** While a vote is being saved, so a quick second tap cannot pick someone else mid-save. */
  disabled?: boolean;
  /** An answer was tapped before a person: the hint becomes a warning, where staff look. */
  pickFirst?: boolean;
}

export function MemberPickStrip({
  voters,
  selected,
  onSelect,
  allShown,
  disabled = false,
  pickFirst = false,
}: MemberPickStripProps) {
  const { t } = useTranslation('voting');
  if (voters.length === 0) return null;
  return (
    <div className="vote-panel__members">
      {/* A live region, so the warning is heard as well as seen. */}
      <p className={`vote-panel__members-title${pickFirst ? ' notice notice--warning' : ''}`} aria-live="polite">
        <strong>{t('panel.whoOpen')}</strong> {pickFirst ? t('panel.pickVoterFirst') : t('panel.whoOpenHint')}
      </p>
      {allShown && <p className="vote-panel__hint">{t('panel.allMembersShown')}</p>}
      <ul className="vote-panel__member-list" aria-label={t('flow.voters')}>
        {voters.map((voter) => (
          <li key={voter.id}>
            <button
              type="button"
              className="vote-panel__member"
              aria-pressed={selected === voter.id}
              disabled={voter.voted || disabled}
              onClick={() => onSelect(selected === voter.id ? null : voter.id)}
            >
              <MemberAvatar name={voter.name} photoHash={voter.photo} size={48} />
              <span className="vote-panel__member-name">{voter.name}</span>
              {voter.voted && <span className="vote-panel__member-voted">✓ {t('flow.voted')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

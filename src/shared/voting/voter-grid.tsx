import { useTranslation } from 'react-i18next';
import { MemberAvatar } from '../../ui/member-avatar';
import { speak } from '../../ui/speech';

export interface Voter {
  id: string;
  name: string;
  photo?: string | undefined;
  voted: boolean;
}

interface VoterGridProps {
  voters: readonly Voter[];
  onPick: (voterId: string) => void;
  /** Accessible name of the group. */
  label: string;
}

/** Who votes now? The voters' photos; those who voted are marked "Har stemt" and cannot be picked. */
export function VoterGrid({ voters, onPick, label }: VoterGridProps) {
  const { t, i18n } = useTranslation('voting');
  // A council of 7 or more gets smaller faces, so two rows hold them all on a landscape tablet.
  const many = voters.length > 6;
  return (
    <ul className={`voter-grid${many ? ' voter-grid--many' : ''}`} aria-label={label}>
      {voters.map((voter) => (
        <li key={voter.id}>
          <button
            type="button"
            className={`voter-grid__voter${voter.voted ? ' voter-grid__voter--voted' : ''}`}
            disabled={voter.voted}
            aria-describedby={voter.voted ? `voter-${voter.id}-voted` : undefined}
            onClick={() => {
              speak(voter.name, i18n.language);
              onPick(voter.id);
            }}
          >
            <MemberAvatar name={voter.name} photoHash={voter.photo} size={many ? 72 : 96} />
            <span className="voter-grid__name">{voter.name}</span>
            {voter.voted && (
              <span className="voter-grid__voted" id={`voter-${voter.id}-voted`}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M5 12.5l4.5 4.5L19 7.5" />
                </svg>
                {t('flow.voted')}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
